#!/usr/bin/env python3
"""Writes the DICOM fixtures in this folder (data, not product code) with a minimal Part 10 writer
(no DICOM library), laid out as PS3.3 C.8.8.4 (RT DVH module) and PS3.5 (encodings) describe:

  rtdose-explicit.dcm            explicit VR little endian, sequences and items of defined length,
                                 three DVHs (cumulative CM3 in 1-cGy bins written as widths of 1 with DVH
                                 Dose Scaling 0.01; cumulative PERCENT with scaling 0.1; differential CM3),
                                 DVH Min/Max/Mean in Gy, NOT scaled: PS3.3 C.8.8.4 gives them "in units
                                 specified by Dose Units" and the scaling applies to bin widths only,
                                 a small pixel data element after the DVHs
  rtdose-implicit-undefined.dcm  the same data set in implicit VR little endian with undefined-length
                                 sequences and items (delimitation items), as older systems write
  rtstruct.dcm                   the RT Structure Set the doses reference (ROI numbers -> names)
  rtstruct-other.dcm             another structure set (different SOP Instance UID)
  expected-dicom.json            the voxels' own statistics per structure

Run: python3 generate_dicom.py
"""
import json
import os
import struct
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
LONG = {'OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV'}
RS_UID = '1.2.826.0.1.3680043.9.7133.1.20261117.1'
TRUTH = {}


def pad(v, vr):
    if isinstance(v, str):
        b = v.encode('ascii')
        if len(b) % 2:
            b += b'\0' if vr == 'UI' else b' '
        return b
    return v


def element(tag, vr, value, explicit, undefined=False):
    g, e = tag >> 16, tag & 0xFFFF
    if vr == 'SQ':
        body = b''
        for item in value:
            ib = b''.join(element(t, v, x, explicit, undefined) for t, v, x in item)
            if undefined:
                body += struct.pack('<HHI', 0xFFFE, 0xE000, 0xFFFFFFFF) + ib + struct.pack('<HHI', 0xFFFE, 0xE00D, 0)
            else:
                body += struct.pack('<HHI', 0xFFFE, 0xE000, len(ib)) + ib
        if undefined:
            body += struct.pack('<HHI', 0xFFFE, 0xE0DD, 0)
            length = 0xFFFFFFFF
        else:
            length = len(body)
    else:
        body = pad(value, vr)
        length = len(body)
    if not explicit:
        return struct.pack('<HHI', g, e, length) + body
    if vr in LONG:
        return struct.pack('<HH2sHI', g, e, vr.encode(), 0, length) + body
    return struct.pack('<HH2sH', g, e, vr.encode(), length) + body


def part10(sop_class, sop_uid, dataset, explicit, undefined=False):
    syntax = '1.2.840.10008.1.2.1' if explicit else '1.2.840.10008.1.2'
    meta_elems = [(0x00020001, 'OB', b'\0\1'), (0x00020002, 'UI', sop_class), (0x00020003, 'UI', sop_uid),
                  (0x00020010, 'UI', syntax), (0x00020012, 'UI', '1.2.826.0.1.3680043.9.7133.0.1')]
    meta = b''.join(element(t, v, x, True) for t, v, x in meta_elems)
    meta = element(0x00020000, 'UL', struct.pack('<I', len(meta)), True) + meta
    body = b''.join(element(t, v, x, explicit, undefined) for t, v, x in sorted(dataset, key=lambda x: x[0]))
    return b'\0' * 128 + b'DICM' + meta + body


def voxels(seed, parts, cap=80):
    rng = np.random.default_rng(seed)
    out = [rng.normal(a, b, int(40000 * w)) if k == 'n' else rng.uniform(a, b, int(40000 * w)) for w, k, a, b in parts]
    return np.clip(np.concatenate(out), 0.05, cap)


def ds(values):
    return '\\'.join(('%.6g' % v) for v in values)


def dvh_item(roi, d, vol_cc, kind, units, bin_gy, scaling):
    top = int(np.floor(d.max() / bin_gy)) + 1
    edges = np.arange(top + 1) * bin_gy
    s = np.sort(d)
    cum = 100.0 * (s.size - np.searchsorted(s, edges, side='left')) / s.size  # % at each edge
    if kind == 'CUMULATIVE':
        v = cum[:-1]
    else:
        v = cum[:-1] - cum[1:]
    if units == 'CM3':
        v = v * vol_cc / 100
    width = bin_gy / scaling
    data = []
    for x in v:
        data += [width, x]
    return [
        (0x30040001, 'CS', kind), (0x30040002, 'CS', 'GY'), (0x30040004, 'CS', 'PHYSICAL'),
        (0x30040052, 'DS', '%g' % scaling), (0x30040054, 'CS', units), (0x30040056, 'IS', str(top)),
        (0x30040058, 'DS', ds(data)),
        (0x30040060, 'SQ', [[(0x30040062, 'CS', 'INCLUDED'), (0x30060084, 'IS', str(roi))]]),
        # statistics in Dose Units (GY); DVH Dose Scaling multiplies the bin widths only (PS3.3 C.8.8.4)
        (0x30040070, 'DS', '%.4f' % d.min()), (0x30040072, 'DS', '%.4f' % d.max()),
        (0x30040074, 'DS', '%.4f' % d.mean()),
    ]


def main():
    structures = [(1, 'PTV_70', 110.3, [(1.0, 'n', 71.0, 1.0)], 'CUMULATIVE', 'CM3', 0.01, 0.01),
                  (4, 'Rectum', 72.4, [(0.2, 'n', 68, 3), (0.2, 'u', 40, 65), (0.6, 'n', 25, 9)], 'CUMULATIVE',
                   'PERCENT', 0.1, 0.1),
                  (7, 'Parotid_L', 27.3, [(0.3, 'n', 48, 4), (0.7, 'n', 17, 6)], 'DIFFERENTIAL', 'CM3', 0.05, 1.0)]
    items = []
    for k, (roi, name, vol, parts, kind, units, bin_gy, scaling) in enumerate(structures):
        d = voxels(1000 + k, parts)
        TRUTH[name] = {'roi': roi, 'volumeCc': vol, 'minGy': float(d.min()), 'maxGy': float(d.max()),
                       'meanGy': float(d.mean()), 'D2%': float(np.percentile(d, 98)),
                       'D95%': float(np.percentile(d, 5)), 'V50Gy': float(100 * (d >= 50).mean()),
                       'binGy': bin_gy}
        items.append(dvh_item(roi, d, vol, kind, units, bin_gy, scaling))
    dose_uid = '1.2.826.0.1.3680043.9.7133.2.20261117.1'
    dose = [
        (0x00080005, 'CS', 'ISO_IR 100'), (0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.481.2'),
        (0x00080018, 'UI', dose_uid), (0x00080060, 'CS', 'RTDOSE'), (0x0008103E, 'LO', 'IMRT 7F'),
        (0x00100010, 'PN', 'Doe^John'), (0x00100020, 'LO', '00012345'),
        (0x30040002, 'CS', 'GY'), (0x30040004, 'CS', 'PHYSICAL'), (0x3004000A, 'CS', 'PLAN'),
        (0x3004000E, 'DS', '1e-05'), (0x30040040, 'DS', '0\\0\\0'), (0x30040042, 'DS', '70'),
        (0x30040050, 'SQ', items),
        (0x300C0060, 'SQ', [[(0x00081150, 'UI', '1.2.840.10008.5.1.4.1.1.481.3'), (0x00081155, 'UI', RS_UID)]]),
        (0x7FE00010, 'OW', struct.pack('<8H', *range(8))),
    ]
    with open(os.path.join(HERE, 'rtdose-explicit.dcm'), 'wb') as f:
        f.write(part10('1.2.840.10008.5.1.4.1.1.481.2', dose_uid, dose, True))
    with open(os.path.join(HERE, 'rtdose-implicit-undefined.dcm'), 'wb') as f:
        f.write(part10('1.2.840.10008.5.1.4.1.1.481.2', dose_uid, dose, False, undefined=True))
    for fname, uid, names in (('rtstruct.dcm', RS_UID, structures),
                              ('rtstruct-other.dcm', RS_UID + '9', structures[:1])):
        rois = [[(0x30060022, 'IS', str(s[0])), (0x30060024, 'UI', '1.2.3'), (0x30060026, 'LO', s[1]),
                 (0x30060036, 'CS', 'MANUAL')] for s in names]
        rs = [(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.481.3'), (0x00080018, 'UI', uid),
              (0x00080060, 'CS', 'RTSTRUCT'), (0x30060002, 'SH', 'RS1'), (0x30060020, 'SQ', rois)]
        with open(os.path.join(HERE, fname), 'wb') as f:
            f.write(part10('1.2.840.10008.5.1.4.1.1.481.3', uid, rs, True))
    with open(os.path.join(HERE, 'expected-dicom.json'), 'w') as f:
        json.dump(TRUTH, f, indent=1, sort_keys=True)


if __name__ == '__main__':
    main()
