#!/usr/bin/env python3
"""Writes Pinnacle3 DVH folder dumps (data, not product code) in the layout DVHmetrics' readDVH
documentation describes (dwoll/DVHmetrics man/readDVH.Rd; RECONSTRUCTED, no real dump is public):

    DoseInfo.csv  "PrescriptionDose cGy","NumberOfFractions","Dosis cGy"   (per fraction, n, total)
    PatInfo.csv   "LastName","FirstName","MedicalRecordNumber"
    PlanInfo.csv  "PlanName"
    Data/Info.csv "Filename","RegionOfInterestName","DoseMin cGy","DoseMax cGy","DoseMean cGy","Volume ccm"
    Data/DVH1.csv NumberOfDimensions = 2; NumberOfPoints = n; Points[] ={ dose,volume ... };

Points are cumulative, dose in the unit of the DoseInfo/Info headers (cGy), volume in cm3. Numbers come
from sampled voxel doses (fixed seeds); expected-pinnacle.json holds the voxels' own statistics.
Folders: ok/ (three structures, a name with a space and a comma), per-fraction/ (the points of one
structure written per fraction while Info.csv gives the course's dose), truncated/ (a curve file cut
mid-list), orphan/ (a DVH1.csv with no Info.csv). Run: python3 generate_pinnacle.py
"""
import json
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
N = 40000
TRUTH = {}


def voxels(seed, parts, cap=80):
    rng = np.random.default_rng(seed)
    out = []
    for weight, kind, a, b in parts:
        n = int(N * weight)
        out.append(rng.normal(a, b, n) if kind == 'n' else rng.uniform(a, b, n))
    return np.clip(np.concatenate(out), 0.05, cap)


STRUCTURES = [
    # name, volume cc, voxel dose parts (Gy)
    ('PTV 70', 312.6, [(1.0, 'n', 70.5, 1.2)]),
    ('Rectum', 71.35, [(0.5, 'u', 5, 45), (0.3, 'u', 45, 68), (0.2, 'n', 70, 1)]),
    ('Bladder, wall', 48.9, [(0.6, 'u', 2, 40), (0.4, 'u', 40, 71)]),
]


def write(path, text):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', newline='\r\n') as f:
        f.write(text)


def curve_text(dose_cgy, cc, cut=None):
    rows = ['  %g,%.4f' % (d, v) for d, v in zip(dose_cgy, cc)]
    n = len(rows)
    if cut is not None:
        rows = rows[:cut]
    text = 'NumberOfDimensions = 2;\nNumberOfPoints = %d;\nPoints[] ={\n' % n + ',\n'.join(rows)
    return text + ('\n' if cut is not None else '\n};\n')


def dump(folder, per_fraction_structure=None, cut_structure=None):
    write(folder + '/DoseInfo.csv', '"PrescriptionDose cGy","NumberOfFractions","Dosis cGy"\n200,35,7000\n')
    write(folder + '/PatInfo.csv', '"LastName","FirstName","MedicalRecordNumber"\n"Doe","Jane","00067890"\n')
    write(folder + '/PlanInfo.csv', '"PlanName"\n"IMRT Prostate"\n')
    info = ['"Filename","RegionOfInterestName","DoseMin cGy","DoseMax cGy","DoseMean cGy","Volume ccm"']
    for i, (name, vol, parts) in enumerate(STRUCTURES):
        d = voxels(100 + i, parts) * 100  # cGy
        edges = np.arange(0, np.ceil(d.max() / 10) * 10 + 10, 10.0)
        s = np.sort(d)
        cc = vol * (s.size - np.searchsorted(s, edges, side='left')) / s.size
        info.append('"DVH%d","%s",%.1f,%.1f,%.1f,%.2f' % (i + 1, name, d.min(), d.max(), d.mean(), vol))
        points_dose = edges / 35 if name == per_fraction_structure else edges
        cut = len(edges) // 2 if name == cut_structure else None
        write(folder + '/Data/DVH%d.csv' % (i + 1), curve_text(points_dose, cc, cut))
        TRUTH.setdefault(folder, {})[name] = {
            'volumeCc': vol, 'minGy': float(d.min() / 100), 'maxGy': float(d.max() / 100),
            'meanGy': float(d.mean() / 100), 'V50Gy': float(100 * (d >= 5000).mean()),
            'D50%': float(np.percentile(d, 50) / 100), 'D2%': float(np.percentile(d, 98) / 100)}
    write(folder + '/Data/Info.csv', '\n'.join(info) + '\n')


dump('ok')
dump('per-fraction', per_fraction_structure='Rectum')
dump('truncated', cut_structure='Bladder, wall')
write('orphan/Data/DVH1.csv', curve_text(np.arange(0, 100, 10.0), np.linspace(50, 0, 10)))
with open(os.path.join(HERE, 'expected-pinnacle.json'), 'w') as f:
    json.dump(TRUTH, f, indent=1, sort_keys=True)
