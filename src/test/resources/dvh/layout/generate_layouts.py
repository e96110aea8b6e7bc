#!/usr/bin/env python3
"""Writes the layout fixtures in this folder (data, not product code): files laid out exactly as the
planning systems write them, with numbers from sampled voxel doses (fixed seeds), and
expected-layouts.json holding the voxels' own statistics (truth) for the tests.

Layouts: Eclipse differential in Gy with bin CENTRES; Eclipse 13-16 relative dose + cc volume,
"Volume [cc]:" header, UTF-8 BOM, statistics in % of prescription, curve volume at 0 Gy unrounded;
PlanIQ TXT (a row of structure names over repeated "Dose (Gy)"/"Volume (%)" pairs, tab separated) and
the same cut at 20 Gy; SlicerRT "Export DVH to CSV" (comma, trailing separator) and its tab variant with
decimal commas; RayStation with "#Dose unit:" cut short. Run: python3 generate_layouts.py
"""
import json
import os
import sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
N = 40000
TRUTH = {}


def voxels(seed, parts, cap=90):
    rng = np.random.default_rng(seed)
    out = []
    for weight, kind, a, b in parts:
        n = int(N * weight)
        out.append(rng.normal(a, b, n) if kind == 'n' else rng.uniform(a, b, n))
    return np.clip(np.concatenate(out), 0.05, cap)


def cumulative(d, edges):
    s = np.sort(d)
    return 100.0 * (s.size - np.searchsorted(s, edges, side='left')) / s.size


def truth(fname, struct, d, vol):
    TRUTH.setdefault(fname, {})[struct] = {
        'volumeCc': vol, 'minGy': float(d.min()), 'maxGy': float(d.max()), 'meanGy': float(d.mean()),
        'V20Gy': float(100 * (d >= 20).mean()), 'V50Gy': float(100 * (d >= 50).mean()),
        'D50%': float(np.percentile(d, 50)), 'D95%': float(np.percentile(d, 5)), 'D2%': float(np.percentile(d, 98))}


def fmt_e(v):
    if v != 0 and abs(v) < 1e-3:
        m, e = ('%.5e' % v).split('e')
        m = m.rstrip('0').rstrip('.')
        return '%se%s%03d' % (m, '-' if int(e) < 0 else '+', abs(int(e)))
    return '%.6g' % v


def write(name, text, bom=False, crlf=True, encoding='utf-8'):
    data = text.replace('\n', '\r\n') if crlf else text
    raw = data.encode(encoding)
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write((b'\xef\xbb\xbf' if bom else b'') + raw)


ECLIPSE_HEAD = """Patient Name         : Doe, Jane
Patient ID           : 00067890
Comment              : DVHs for one plan
Date                 : {date}
Exported by          : planner2
Type                 : {type} Dose Volume Histogram
Description          : The {typel} DVH displays the percentage (relative)
                       or volume (absolute) of structures that receive a dose
                       equal to or greater than a given dose.

"""

RECTUM = [(0.19, 'n', 75.0, 2.2), (0.09, 'u', 68, 73), (0.13, 'u', 50, 68), (0.59, 'n', 28, 9)]
BLADDER = [(0.17, 'n', 76.5, 1.5), (0.10, 'u', 45, 74), (0.73, 'n', 20, 9)]
PTV = [(1.0, 'n', 57.0, 0.8)]
CORD = [(0.2, 'u', 20, 44), (0.8, 'n', 12, 6)]


def eclipse_differential_gy():
    name = 'eclipse-differential-gy-centres.txt'
    text = ECLIPSE_HEAD.format(date='Wednesday, March 03, 2021 10:12:40', type='Differential', typel='differential')
    text += ("Plan: IMRT 7F\nCourse: C1\nPlan Status: Treatment Approved Tuesday, March 02, 2021 16:01:12 by md1\n"
             "Total dose [Gy]: 78.0\n% for dose (%): 100.0\n\n")
    for k, (s, parts, vol) in enumerate([('Rectum', RECTUM, 72.4), ('Bladder', BLADDER, 215.8)]):
        d = voxels(500 + k, parts)
        truth(name, s, d, vol)
        text += ("Structure: %s\nApproval Status: Approved\nPlan: IMRT 7F\nCourse: C1\nVolume [cm³]: %.1f\n"
                 "Dose Cover.[%%]: 100.0\nSampling Cover.[%%]: 100.0\nMin Dose [Gy]: %.2f\nMax Dose [Gy]: %.2f\n"
                 "Mean Dose [Gy]: %.2f\nModal Dose [Gy]: %.2f\nMedian Dose [Gy]: %.2f\nSTD [Gy]: %.2f\nNDR: \n"
                 "Equiv. Sphere Diam. [cm]: %.1f\nConformity Index: N/A\nGradient Measure [cm]: N/A\n\n"
                 % (s, vol, d.min(), d.max(), d.mean(), np.median(d), np.median(d), d.std(),
                    (6 * vol / np.pi) ** (1 / 3)))
        text += "%10s %26s\n" % ("Dose [Gy]", "dVolume / dDose [cm³ / Gy]")
        edges = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        cum_cc = cumulative(d, edges) * vol / 100
        per_gy = (cum_cc[:-1] - cum_cc[1:]) / 0.1
        last = cumulative(d, [edges[-1]])[0] * vol / 100 / 0.1
        per_gy = np.append(per_gy, last)
        for e, v in zip(edges, per_gy):
            text += "%10s %26s\n" % ('%.2f' % (e + 0.05), fmt_e(v))
        text += "\n\n"
    write(name, text)


def eclipse16_relative_cc():
    name = 'eclipse16-relative-cc-bom.txt'
    rx = 60.0
    text = ECLIPSE_HEAD.format(date='22.10.2022 09:41:05', type='Cumulative', typel='cumulative')
    text += ("Plan: HN_VMAT\nCourse: C2\nPlan Status: Treatment Approved 21.10.2022 17:22:05 by md2\n"
             "Total dose [cGy]: 6000.0\n% for dose (%): 100.0\n\n")
    for k, (s, parts, vol, vol0) in enumerate([('PTV', PTV, 88.4, 88.4095), ('SpinalCord', CORD, 31.2, 31.1873)]):
        d = voxels(600 + k, parts, 70)
        truth(name, s, d, vol0)
        pct = 100.0 / rx
        text += ("Structure: %s\nApproval Status: Approved\nPlan: HN_VMAT\nCourse: C2\nVolume [cc]: %.1f\n"
                 "Dose Cover.[%%]: 100.0\nSampling Cover.[%%]: 100.0\nMin Dose [%%]: %.1f\nMax Dose [%%]: %.1f\n"
                 "Mean Dose [%%]: %.1f\nModal Dose [%%]: %.1f\nMedian Dose [%%]: %.1f\nSTD [%%]: %.1f\n"
                 "Equiv. Sphere Diam. [cm]: %.1f\nConformity Index: N/A\nGradient Measure [cm]: N/A\n\n"
                 % (s, vol, d.min() * pct, d.max() * pct, d.mean() * pct, np.median(d) * pct, np.median(d) * pct,
                    d.std() * pct, (6 * vol / np.pi) ** (1 / 3)))
        text += "Relative dose [%]          Dose [cGy]    Structure Volume [cc]\n"
        rel = np.arange(0, np.floor(d.max() * pct * 10) / 10 + 1e-9, 0.1)
        gy = rel * rx / 100
        v = cumulative(d, gy) * vol0 / 100
        for r, g, vv in zip(rel, gy, v):
            text += "%17s %19s %24s\n" % ('%g' % round(r, 1), '%g' % round(g * 100, 1), fmt_e(vv))
        text += "\n"
    write(name, text, bom=True)


def planiq(cut_gy=None):
    name = 'planiq-cut-20gy.txt' if cut_gy else 'planiq.txt'
    structs = [('PTV', PTV, 88.4), ('SpinalCord', CORD, 31.2), ('Parotid_L', [(0.35, 'n', 45, 5), (0.65, 'n', 16, 6)], 27.3)]
    cols = []
    for k, (s, parts, vol) in enumerate(structs):
        d = voxels(700 + k, parts, 70)
        truth(name, s, d, vol)
        grid = np.arange(0, np.ceil(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        if cut_gy:
            grid = grid[grid <= cut_gy + 1e-9]
        cols.append((grid, cumulative(d, grid)))
    out = ["\t".join("%s\t" % s for s, _, _ in structs).rstrip("\t")]
    out.append("\t".join("Dose (Gy)\tVolume (%)" for _ in structs))
    rows = max(len(g) for g, _ in cols)
    for r in range(rows):
        cells = []
        for g, v in cols:
            cells += (["%.2f" % g[r], "%.4f" % v[r]] if r < len(g) else ["", ""])
        out.append("\t".join(cells))
    write(name, "\n".join(out) + "\n")


def slicer(tab=False):
    name = 'slicerrt-tab-decimal-comma.csv' if tab else 'slicerrt.csv'
    sep = "\t" if tab else ","
    structs = [('PTV', PTV, 88.409), ('SpinalCord', CORD, 31.187)]
    cols = []
    head = ""
    for k, (s, parts, vol) in enumerate(structs):
        d = voxels(800 + k, parts, 70)
        truth(name, s, d, vol)
        grid = np.arange(0, np.ceil(d.max() * 5) / 5 + 0.2 + 1e-9, 0.2)
        cols.append((grid, cumulative(d, grid)))
        head += "%s Dose (Gy)%s%s Value (%% of %.3f cc)%s" % (s, sep, s, vol, sep)
    out = [head]
    for r in range(max(len(g) for g, _ in cols)):
        line = ""
        for g, v in cols:
            a, b = ("%.6f" % g[r], "%.6f" % v[r]) if r < len(g) else ("", "")
            if tab:
                a, b = a.replace(".", ","), b.replace(".", ",")
            line += a + sep + b + sep
        out.append(line)
    write(name, "\n".join(out) + "\n", crlf=False)


def raystation_cut():
    name = 'raystation-cut-short.txt'
    out = ["#PatientName:Doe^Jane", "#PatientId:00067890", "#Dosename:HN_VMAT (BeamSet 1)"]
    for k, (s, parts, vol) in enumerate([('PTV_60', PTV, 88.4), ('SpinalCord', CORD, 31.2)]):
        d = voxels(900 + k, parts, 70)
        truth(name, s, d, vol)
        out += ["#RoiName:%s" % s, "#Roi volume fraction outside grid: 0 %", "#Dose unit: cGy"]
        grid = np.unique(np.concatenate([[0], np.sort(np.random.default_rng(11 + k).uniform(0, d.max(), 150)), [d.max()]]))
        if k == 1:
            grid = grid[grid <= 16.0]
        for g, v in zip(grid, cumulative(d, grid)):
            out.append("%.3f\t%.3f" % (g * 100, v))
        out.append("")
    write(name, "\n".join(out) + "\n")


def sectioned():
    """CadPlan, Oncentra MasterPlan, ProSoma, PRIMO: layouts RECONSTRUCTED from DVHmetrics' parsers."""
    structs = [('PTV', PTV, 88.4), ('SpinalCord', CORD, 31.2)]
    data = []
    for k, (s, parts, vol) in enumerate(structs):
        d = voxels(1100 + k, parts, 70)
        data.append((s, d, vol))
    # CadPlan
    name = 'cadplan.txt'
    out = ["Patient Name       : Doe, Jane", "Patient ID         : 00067890", "PLAN HN_VMAT",
           "Date               : 12.03.2004", "Cumulative Dose Volume Histogram", ""]
    for s, d, vol in data:
        truth(name, s, d, vol)
        out += ["Histogram          : %s" % s, "Prescr. dose (Gy)  : 60.00", "% for dose         : 100",
                "Volume (cc)        : %.1f" % vol, "Dose minimum (Gy)  : %.2f" % d.min(),
                "Dose maximum (Gy)  : %.2f" % d.max(), "Dose mean (Gy)     : %.2f" % d.mean(), "",
                "  Dose (Gy)   Relative dose (%)   Volume (cm3)"]
        grid = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        for g, v in zip(grid, cumulative(d, grid) * vol / 100):
            out.append("%10.2f %18.2f %14.4f" % (g, g / 60 * 100, v))
        out.append("")
    write(name, "\n".join(out) + "\n")
    # Oncentra MasterPlan
    name = 'masterplan.txt'
    out = ["Patient: Doe, Jane", "Patient Id: 00067890", "Plan: HN_VMAT", "Absolute dose - [Gy]",
           "Relative volume - [%]", "Cumulative mode", ""]
    for s, d, vol in data:
        truth(name, s, d, vol)
        out += ["ROI: %s" % s, "", "   Bin    Dose    Volume"]
        grid = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        for i, (g, v) in enumerate(zip(grid, cumulative(d, grid))):
            out.append("%6d %7.2f %9.4f" % (i, g, v))
        out.append("")
    write(name, "\n".join(out) + "\n")
    # ProSoma
    name = 'prosoma.txt'
    out = ["Patient: Doe, Jane", "Plan: HN_VMAT", "Cumulative DVH", ""]
    for s, d, vol in data:
        truth(name, s, d, vol)
        out += ["Name: %s" % s, "Volume [cm\u00b3]: %.2f" % vol, "Min [Gy]: %.2f" % d.min(), "Max [Gy]: %.2f" % d.max(),
                "Average [Gy]: %.2f" % d.mean(), "D50%% [Gy]: %.2f" % np.median(d), "",
                "Dose [Gy]\tVolume [%]"]
        grid = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        for g, v in zip(grid, cumulative(d, grid)):
            out.append("%.2f\t%.4f" % (g, v))
        out.append("")
    write(name, "\n".join(out) + "\n")
    # PRIMO
    name = 'primo.txt'
    out = ["# PRIMO DVH export", "# Project: HN_VMAT_MC", "# Date: 2019-05-14 10:22", "# Type: Cumulative", "#"]
    for s, d, vol in data:
        truth(name, s, d, vol)
        out += ["# Structure: %s" % s, "# Volume [cm3]: %.3f" % vol, "# Min. Dose [Gy]: %.3f (0.010)" % d.min(),
                "# Max. Dose [Gy]: %.3f (0.010)" % d.max(), "# Ave. Dose [Gy]: %.3f (0.010)" % d.mean(),
                "# Dose [Gy]    Volume [%]", "# " + "." * 40]
        grid = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        for g, v in zip(grid, cumulative(d, grid)):
            out.append("%10.3f %12.5f" % (g, v))
        out.append("# " + "." * 40)
    write(name, "\n".join(out) + "\n")
    # TomoTherapy Hi-Art CSV
    name = 'tomotherapy-hiart.csv'
    head, cols = [], []
    for s, d, vol in data:
        truth(name, s, d, vol)
        head += ["%s(STANDARD)" % s, "Dose (cGy)", "Relative Volume"]
        grid = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        cols.append((grid, cumulative(d, grid)))
    out = [",".join(head)]
    for r in range(max(len(g) for g, _ in cols)):
        cells = []
        for g, v in cols:
            cells += ["", "%.1f" % (g[r] * 100), "%.4f" % v[r]] if r < len(g) else ["", "", ""]
        out.append(",".join(cells))
    write(name, "\n".join(out) + "\n")


def cadplan_percent():
    """CadPlan with its statistics in % (RadOnc and DVHmetrics both read "Dose maximum (%)"): prescribed
    57 Gy to the 95 % isodose, so 100 % is 60 Gy, as the Relative dose (%) column shows; and a table with
    only the relative column under that prescription (the 100 % dose is then ambiguous)."""
    structs = [('PTV', PTV, 88.4), ('SpinalCord', CORD, 31.2)]
    data = [(s, voxels(1300 + k, parts, 70), vol) for k, (s, parts, vol) in enumerate(structs)]
    head = ["Patient Name       : Doe, Jane", "Patient ID         : 00067890", "PLAN HN_VMAT",
            "Date               : 12.03.2004", "Cumulative Dose Volume Histogram", ""]
    for name, with_gy in (('cadplan-percent-stats.txt', True), ('cadplan-relative-isodose95.txt', False)):
        out = list(head)
        for s, d, vol in data:
            truth(name, s, d, vol)
            out += ["Histogram          : %s" % s, "Prescr. dose (Gy)  : 57.00", "% for dose         : 95",
                    "Volume (cc)        : %.1f" % vol, "Dose minimum (%%)   : %.2f" % (d.min() / 60 * 100),
                    "Dose maximum (%%)   : %.2f" % (d.max() / 60 * 100), "Dose mean (%%)      : %.2f" % (d.mean() / 60 * 100),
                    "Dose median (%%)    : %.2f" % (np.median(d) / 60 * 100), "",
                    "  Dose (Gy)   Relative dose (%)   Volume (cm3)" if with_gy else "  Relative dose (%)   Volume (cm3)"]
            grid = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
            for g, v in zip(grid, cumulative(d, grid) * vol / 100):
                out.append("%10.2f %18.2f %14.4f" % (g, g / 60 * 100, v) if with_gy else "%18.3f %14.4f" % (g / 60 * 100, v))
            out.append("")
        write(name, "\n".join(out) + "\n")


def hiart_relative():
    """TomoTherapy Hi-Art CSV triplets with the dose in % of the prescription (60 Gy): neither peer reads it
    (DVHmetrics warns "not implemented"); the header is the absolute layout's with the dose cell as
    "Relative Dose (%)", a layout ASSUMED, not seen."""
    name = 'tomotherapy-hiart-relative.csv'
    structs = [('PTV', PTV, 88.4), ('SpinalCord', CORD, 31.2)]
    head, cols = [], []
    for k, (s, parts, vol) in enumerate(structs):
        d = voxels(1400 + k, parts, 70)
        truth(name, s, d, vol)
        head += ["%s(STANDARD)" % s, "Relative Dose (%)", "Relative Volume"]
        grid = np.arange(0, np.floor(d.max() * 10) / 10 + 0.1 + 1e-9, 0.1)
        cols.append((grid, cumulative(d, grid)))
    out = [",".join(head)]
    for r in range(max(len(g) for g, _ in cols)):
        cells = []
        for g, v in cols:
            cells += ["", "%.4f" % (g[r] / 60 * 100), "%.4f" % v[r]] if r < len(g) else ["", "", ""]
        out.append(",".join(cells))
    write(name, "\n".join(out) + "\n")


def dicom_tools():
    """mwgeurts/dicom_tools WriteDVH layout (documented in its header): 1000 bins from 0 to the max dose."""
    name = 'dicom-tools-dvh.csv'
    structs = [('PTV', PTV, 88.41), ('SpinalCord', CORD, 31.2)]
    ds = []
    for k, (s, parts, vol) in enumerate(structs):
        d = voxels(1200 + k, parts, 70)
        truth(name, s, d, vol)
        ds.append(d)
    maxdose = max(d.max() for d in ds)
    grid = np.linspace(0, maxdose, 1001)
    out = ["#,dvh.csv", "".join(",%s (%d)(volume: %0.2f)" % (s, i + 1, vol) for i, (s, _, vol) in enumerate(structs))]
    cols = [cumulative(d, grid) for d in ds]
    for c in cols:
        c[-1] = 0.0
    for r in range(len(grid)):
        out.append("".join("%g," % v for v in [grid[r]] + [c[r] for c in cols]))
    write(name, "\n".join(out) + "\n", crlf=False)


def main():
    eclipse_differential_gy()
    eclipse16_relative_cc()
    planiq()
    planiq(cut_gy=20.0)
    slicer()
    slicer(tab=True)
    raystation_cut()
    sectioned()
    cadplan_percent()
    hiart_relative()
    dicom_tools()
    with open(os.path.join(HERE, 'expected-layouts.json'), 'w') as f:
        json.dump(TRUTH, f, indent=1, sort_keys=True)


if __name__ == '__main__':
    main()
