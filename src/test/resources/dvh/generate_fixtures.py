#!/usr/bin/env python3
"""Writes the DVH export fixtures in this folder (data, not product code).

Each structure's dose is a sampled voxel distribution (mixtures of clipped normals and uniforms,
fixed seeds); the cumulative DVH is V(d) = % of voxels with dose >= d at each bin edge, exactly as a
planning system histograms its dose grid, and the header statistics (Min/Max/Mean) are the voxels'
own, so tests can check the curve metrics against them "within the bin width". The layout of each
format follows the verbatim samples in the project's reference notes (Eclipse 1a/1b, RayStation 2a/2b,
Monaco 3, ProKnow-style wide CSV). Run: python3 generate_fixtures.py (rewrites the files).
"""
import os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
N = 40000

def voxels(seed, parts, cap):
    rng = np.random.default_rng(seed)
    out = []
    for weight, kind, a, b in parts:
        n = int(N * weight)
        if kind == 'n':
            v = rng.normal(a, b, n)
        else:
            v = rng.uniform(a, b, n)
        out.append(v)
    d = np.concatenate(out)
    return np.clip(d, 0.05, cap)

# Prostate, 78 Gy / 39 fx. Doses in Gy. (plan -> structure -> (volume cc, mixture))
PROSTATE = {
    '3D CRT 4FLD': {
        'PTV':          (110.3, [(1.0, 'n', 78.6, 1.1)]),
        'Rectum':       (72.4,  [(0.27, 'n', 77.2, 1.0), (0.16, 'u', 52, 76), (0.57, 'n', 30, 9)]),
        'Bladder':      (215.8, [(0.22, 'n', 77.0, 1.2), (0.14, 'u', 40, 76), (0.64, 'n', 24, 10)]),
        'Femoral Head L': (42.1, [(0.07, 'u', 44, 53), (0.93, 'n', 33, 6)]),
        'Femoral Head R': (41.7, [(0.06, 'u', 44, 52.5), (0.94, 'n', 32.5, 6)]),
        'Penile Bulb':  (4.3,   [(1.0, 'n', 47.5, 7)]),
        'BODY':         (19631.1, [(0.01, 'n', 77, 2), (0.06, 'u', 20, 75), (0.93, 'n', 3, 2.5)]),
    },
    'IMRT 7F': {
        'PTV':          (110.3, [(1.0, 'n', 79.0, 0.9)]),
        'Rectum':       (72.4,  [(0.19, 'n', 75.0, 2.2), (0.09, 'u', 68, 73), (0.13, 'u', 50, 68), (0.59, 'n', 28, 9)]),
        'Bladder':      (215.8, [(0.17, 'n', 76.5, 1.5), (0.10, 'u', 45, 74), (0.73, 'n', 20, 9)]),
        'Femoral Head L': (42.1, [(0.03, 'u', 38, 46), (0.97, 'n', 24, 6)]),
        'Femoral Head R': (41.7, [(0.03, 'u', 38, 45), (0.97, 'n', 23.5, 6)]),
        'Penile Bulb':  (4.3,   [(1.0, 'n', 39.0, 6)]),
        'BODY':         (19631.1, [(0.01, 'n', 78, 1.5), (0.10, 'u', 10, 60), (0.89, 'n', 3, 2.5)]),
    },
}

CURRENT = []
EXPECTED = {}

def record(plan, struct, d_gy, vol_cc):
    """Truth from the voxels, for the golden tests: metrics the curve must reproduce within a bin."""
    CURRENT.append({'plan': plan, 'structure': struct, 'volumeCc': vol_cc,
                    'minGy': float(d_gy.min()), 'maxGy': float(d_gy.max()), 'meanGy': float(d_gy.mean()),
                    'V20Gy': float(100 * (d_gy >= 20).mean()), 'V50Gy': float(100 * (d_gy >= 50).mean()),
                    'D50%': float(np.percentile(d_gy, 50)), 'D95%': float(np.percentile(d_gy, 5))})

def cumulative(d, edges):
    s = np.sort(d)
    n = s.size
    idx = np.searchsorted(s, edges, side='left')
    return 100.0 * (n - idx) / n

def fmt_e(v):
    """Eclipse writes small volumes like 1.14451e-005 (Windows three-digit exponent)."""
    if v != 0 and abs(v) < 1e-3:
        m, e = ('%.5e' % v).split('e')
        m = m.rstrip('0').rstrip('.')
        return '%se%s%03d' % (m, '-' if int(e) < 0 else '+', abs(int(e)))
    return ('%.6g' % v)

ECLIPSE_HEAD = """Patient Name         : Doe, John
Patient ID           : 00012345
Comment              : {comment}
Date                 : Tuesday, November 17, 2026 14:02:11
Exported by          : planner1
Type                 : {type} Dose Volume Histogram
Description          : The {typel} DVH displays the percentage (relative)
                       or volume (absolute) of structures that receive a dose
                       equal to or greater than a given dose.

"""

def eclipse_plan_block(name, rx_cgy, course='C1'):
    return ("Plan: %s\nCourse: %s\nPlan Status: Treatment Approved Monday, November 16, 2026 17:40:12 by md1\n"
            "Prescribed dose [cGy]: %.1f\n%% for dose (%%): 100.0\n\n" % (name, course, rx_cgy))

def eclipse_structure(name, plan, course, vol_cc, d_gy, rx_gy, bin_cgy, relative, dose_unit='cGy',
                      volume_cc=False, differential=False, stats_relative=False):
    record(plan, name, d_gy, vol_cc)
    lines = ["Structure: %s" % name, "Approval Status: Approved", "Plan: %s" % plan, "Course: %s" % course,
             "Volume [cm³]: %.1f" % vol_cc, "Dose Cover.[%]: 100.0", "Sampling Cover.[%]: 100.0"]
    unit = '%' if stats_relative else dose_unit
    scale = (100.0 / rx_gy) if stats_relative else (100.0 if dose_unit == 'cGy' else 1.0)
    mn, mx, me = d_gy.min() * scale, d_gy.max() * scale, d_gy.mean() * scale
    lines += ["Min Dose [%s]: %.1f" % (unit, mn), "Max Dose [%s]: %.1f" % (unit, mx), "Mean Dose [%s]: %.1f" % (unit, me),
              "Modal Dose [%s]: %.1f" % (unit, np.median(d_gy) * scale), "Median Dose [%s]: %.1f" % (unit, np.median(d_gy) * scale),
              "STD [%s]: %.1f" % (unit, d_gy.std() * scale), "NDR: ", "Equiv. Sphere Diam. [cm]: %.1f" % ((6 * vol_cc / np.pi) ** (1 / 3)),
              "Conformity Index: N/A", "Gradient Measure [cm]: N/A", ""]
    top_cgy = d_gy.max() * 100
    nb = int(np.floor(top_cgy / bin_cgy)) + 1
    edges_cgy = np.arange(nb) * bin_cgy
    vol = cumulative(d_gy * 100, edges_cgy)
    if volume_cc:
        vol = vol * vol_cc / 100
    if differential:
        # dVolume/dDose per cGy for each bin [edge, edge+bin); Eclipse prints the bin CENTRE (5, 15, 25 cGy)
        cum_cc = cumulative(d_gy * 100, np.append(edges_cgy, edges_cgy[-1] + bin_cgy)) * vol_cc / 100
        vol = (cum_cc[:-1] - cum_cc[1:]) / bin_cgy
        lines.append("%10s %27s" % ("Dose [cGy]", "dVolume / dDose [cm³ / cGy]"))
        for e, v in zip(edges_cgy, vol):
            lines.append("%10s %27s" % (('%g' % (e + bin_cgy / 2)), fmt_e(v)))
    elif relative:
        lines.append("Relative dose [%]          Dose [cGy] Ratio of Total Structure Volume [%]")
        for e, v in zip(edges_cgy, vol):
            lines.append("%17s %19s %25s" % ('%.1f' % (e / rx_gy), '%.1f' % e, fmt_e(v)))
    else:
        vname = "Structure Volume [cm³]" if volume_cc else "Ratio of Total Structure Volume [%]"
        dname = "Dose [%s]" % dose_unit
        lines.append("%10s %s" % (dname, vname))
        for e, v in zip(edges_cgy, vol):
            dv = e if dose_unit == 'cGy' else e / 100
            lines.append("%10s %25s" % ('%g' % dv, fmt_e(v)))
    lines.append("")
    lines.append("")
    return "\n".join(lines)

def write(name, text, encoding='utf-8', bom=False, crlf=True):
    data = text.replace('\n', '\r\n') if crlf else text
    raw = data.encode(encoding)
    if bom:
        raw = b'\xef\xbb\xbf' + raw
    EXPECTED[name] = list(CURRENT)
    CURRENT.clear()
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(raw)

def doses(plan, struct, seed):
    vol, parts = PROSTATE[plan][struct]
    return vol, voxels(seed, parts, 90)

def prostate_plan_file(plan, seed0, bin_cgy=10, **kw):
    text = ECLIPSE_HEAD.format(comment='DVHs for one plan', type='Cumulative', typel='cumulative')
    text += eclipse_plan_block(plan, 7800)
    for k, s in enumerate(PROSTATE[plan]):
        vol, d = doses(plan, s, seed0 + k)
        text += eclipse_structure(s, plan, 'C1', vol, d, 78, bin_cgy, relative=False, **kw)
    return text

def main():
    # 1a-like: single plan, relative + absolute columns, stats in %, 0.1 % bins (7.6 cGy at Rx 76 Gy)
    text = ECLIPSE_HEAD.format(comment='DVHs for one plan', type='Cumulative', typel='cumulative')
    text += eclipse_plan_block('PROS', 7600)
    for k, (s, parts, vol) in enumerate([
            ('BODY', [(0.02, 'n', 75, 2), (0.08, 'u', 10, 70), (0.90, 'n', 2, 2)], 19631.1),
            ('Femoral Head R', [(0.05, 'u', 40, 50), (0.95, 'n', 30, 6)], 41.9),
            ('Rectum', [(0.25, 'n', 75.5, 1.5), (0.25, 'u', 45, 74), (0.5, 'n', 30, 10)], 70.2),
            ('PTV', [(1.0, 'n', 77.0, 1.0)], 98.6)]):
        d = voxels(100 + k, parts, 80.7)
        text += eclipse_structure(s, 'PROS', 'C1', vol, d, 76, 7.6, relative=True, stats_relative=True)
    write('eclipse-single-relative.txt', text)

    # 1b-like: plan sum, two columns (no prescription), 1 cGy bins
    text = ECLIPSE_HEAD.format(comment='DVHs for multiple plans and plan sums', type='Cumulative', typel='cumulative')
    text += ("Plan sum: Plan Sum\nCourse: PLAN SUM\nPrescribed dose [cGy]: not defined\n% for dose (%): not defined\n\n")
    text += eclipse_plan_block('PARR', 5000).replace('Plan Status: Treatment', 'Plan Status: Treatment')
    for k, (s, parts, vol) in enumerate([
            ('PRV5 SpinalCanal', [(0.1, 'u', 20, 36.7), (0.9, 'n', 8.5, 5)], 121.5),
            ('Parotid_L', [(0.3, 'n', 50, 4), (0.7, 'n', 18, 6)], 27.3),
            ('Lt Parotid', [(0.3, 'n', 48, 4), (0.7, 'n', 17, 6)], 26.9),
            ('Brain Stem', [(1.0, 'n', 30, 8)], 26.0)]):
        d = voxels(200 + k, parts, 54)
        text += eclipse_structure(s, 'Plan Sum', 'PLAN SUM', vol, d, 50, 1, relative=False)
    write('eclipse-plansum-cgy.txt', text)

    # Two plans in one file, Gy + cm³ volume column, UTF-8 BOM
    text = ECLIPSE_HEAD.format(comment='3D vs IMRT comparison', type='Cumulative', typel='cumulative')
    text += eclipse_plan_block('3D CRT 4FLD', 7800) + eclipse_plan_block('IMRT 7F', 7800)
    for plan, seed0 in (('3D CRT 4FLD', 300), ('IMRT 7F', 400)):
        for k, s in enumerate(['Rectum', 'Bladder']):
            vol, d = doses(plan, s, seed0 + k)
            text += eclipse_structure(s, plan, 'C1', vol, d, 78, 10, relative=False, dose_unit='Gy', volume_cc=True)
    write('eclipse-two-plans-gy-cc-bom.txt', text, bom=True)
    # Same content as Windows-1252 (cm³ as byte 0xB3), no BOM
    write('eclipse-two-plans-cp1252.txt', text, encoding='cp1252')

    # Differential export
    text = ECLIPSE_HEAD.format(comment='Differential', type='Differential', typel='differential')
    text += eclipse_plan_block('IMRT 7F', 7800)
    vol, d = doses('IMRT 7F', 'Rectum', 401)
    text += eclipse_structure('Rectum', 'IMRT 7F', 'C1', vol, d, 78, 10, relative=False, differential=True)
    write('eclipse-differential.txt', text)

    # The sample case's two single-plan exports (10 cGy bins)
    write('sample-3d.txt', prostate_plan_file('3D CRT 4FLD', 500))
    write('sample-imrt.txt', prostate_plan_file('IMRT 7F', 600))

    # RayStation: irregular grid, TAB separated, unit key variants
    out = ["#PatientName:Doe^John", "#PatientId:00012345", "#Dosename:IMRT_Prostate (BeamSet IMRT)"]
    for k, s in enumerate(['Rectum', 'Bladder', 'PTV']):
        vol, d = doses('IMRT 7F', s, 700 + k)
        record('IMRT_Prostate (BeamSet IMRT)', s, d, vol)
        out.append("#RoiName:%s" % s)
        out.append("#Roi volume fraction outside grid: 0 %")
        if k == 1:
            out.append("#Dose unit: Gy")
            scale = 1
        else:
            out.append("#Unit: cGy")
            scale = 100
        if k == 0:
            out.append("#Roi volume: %.2f" % vol)
        rng = np.random.default_rng(9)
        grid = np.unique(np.concatenate([[0], np.sort(rng.uniform(0, d.max(), 180)), [d.max()]]))
        v = cumulative(d, grid)
        for g, vv in zip(grid, v):
            out.append("%.3f\t%.3f" % (g * scale, vv))
        out.append("")
    write('raystation.txt', "\n".join(out) + "\n")

    # Monaco: long format, names with spaces, date footer
    out = ["Patient ID: Doe^John~00012345 | Plan Name: Prostate 3DCRT | Model: Monte Carlo | Bin Width: 0.10(Gy) | Dose Units: cGy | Volume Units: %",
           "English (United States) Format In-use", ""]
    for k, s in enumerate(['Rectum', 'Femoral Head L', 'Penile Bulb']):
        vol, d = doses('3D CRT 4FLD', s, 800 + k)
        record('Prostate 3DCRT', s, d, vol)
        edges = np.arange(0, d.max() + 0.1, 0.1)
        v = cumulative(d, edges)
        for e, vv in zip(edges, v):
            out.append("%-20s %10.1f %12.4f" % (s, e * 100, vv))
    out += ["", "2026-11-17-Tue 14:05:31"]
    write('monaco.txt', "\n".join(out) + "\n")

    # Wide CSV, zero padded to the plan maximum, with a title line naming the plan
    names = ['Rectum', 'Bladder', 'Penile Bulb']
    curves = []
    top = 0
    for k, s in enumerate(names):
        vol, d = doses('IMRT 7F', s, 900 + k)
        curves.append(d)
        record('IMRT 7F', s, d, vol)
        top = max(top, d.max())
    edges = np.arange(0, top + 0.1, 0.1)
    out = ["Plan: IMRT 7F", "Dose (Gy),%s" % ",".join('%s (%%)' % s for s in names)]
    cols = [cumulative(d, edges) for d in curves]
    for i, e in enumerate(edges):
        out.append("%.1f,%s" % (e, ",".join('%.4f' % c[i] for c in cols)))
    write('wide.csv', "\n".join(out) + "\n")

    # Malformed files
    good = open(os.path.join(HERE, 'sample-imrt.txt'), 'rb').read().decode('utf-8')
    lines = good.split('\r\n')
    # truncated: cut in the middle of the last structure's table, mid-line
    cut = len(lines) - 40
    write('bad-truncated.txt', '\r\n'.join(lines[:cut]) + '\r\n       301', crlf=False)
    # non-monotonic dose: swap two rows in the first table
    idx = [i for i, l in enumerate(lines) if l.startswith('Dose [cGy]')][0]
    nm = list(lines)
    nm[idx + 50], nm[idx + 51] = nm[idx + 51], nm[idx + 50]
    write('bad-nonmonotonic.txt', '\r\n'.join(nm), crlf=False)
    # NaN in a volume
    nn = list(lines)
    nn[idx + 20] = '        19                       nan'
    write('bad-nan.txt', '\r\n'.join(nn), crlf=False)
    # wrong units: a cGy table labelled Gy
    wu = '\r\n'.join(lines).replace('Dose [cGy] Ratio', 'Dose [Gy] Ratio', 1)
    write('bad-wrong-units.txt', wu, crlf=False)
    # empty structure: header present, no rows
    text = ECLIPSE_HEAD.format(comment='DVHs for one plan', type='Cumulative', typel='cumulative')
    text += eclipse_plan_block('IMRT', 7800)
    text += ("Structure: Bowel_Small\nApproval Status: Approved\nPlan: IMRT\nCourse: C1\nVolume [cm³]: 0.0\n"
             "Dose Cover.[%]: 0.0\nSampling Cover.[%]: 0.0\n\nDose [cGy] Ratio of Total Structure Volume [%]\n\n")
    vol, d = doses('IMRT 7F', 'Rectum', 31)
    text += eclipse_structure('Rectum', 'IMRT', 'C1', vol, d, 78, 10, relative=False)
    write('bad-empty-structure.txt', text)
    write('not-a-dvh.csv', "Organ,Constraint,3D,IMRT\nRectum,V70 < 20%,31%,14%\n")
    import json
    with open(os.path.join(HERE, 'expected-from-voxels.json'), 'w') as f:
        json.dump({k: v for k, v in EXPECTED.items() if v and not k.startswith('bad-')}, f, indent=1)

if __name__ == '__main__':
    main()
