#!/usr/bin/env python3
"""One-off conversion of the compiled OAR constraint list into the product's library resource.

Usage:  python3 tools/convert-constraints.py SOURCE.json \
            src/main/resources/org/imrtreview/constraint/library/constraints-v1.json

SOURCE.json is the research compilation (376 entries, one per published limit, with free-text
source names and provenance notes). The product never reads that file: this script is run once per
library version, its output is committed, and ConstraintLibraryValidationTest checks every entry.

What it does, per entry (see docs/constraint-library.md and docs/decisions/0050-0052):
  * source  -> canonical source group (QUANTEC, RTOG, NCCN, ...) + protocol number where one is named;
  * citation: a user-facing reference naming the paper or protocol (never a web address);
  * provenance: SECONDARY when the compiler tagged it "[secondary]" / "[SECONDARY ...]",
    COMPILATION when its only source is a third-party compilation described as "secondary"
    without the tag, PRIMARY otherwise; `secondary` is true for the tagged ones;
  * alsoCitedBy: groups that reproduce the same value (QUANTEC rows "CORSAIR-cited", CORSAIR rows
    taken from the UK SABR consortium guidance, refs [6]/[7]);
  * metric normalised ("TD5/5 (uniform whole-organ dose)" -> "TD5/5"); "% of (PTV) prescription"
    limits become unit "%Rx";
  * tg263 split into alternatives; "(unverified)" names keep a tg263Verified=false marker;
  * regime: CONVENTIONAL when fractions is null, SBRT_SRS for 1-5 fractions.
The sourceDetail text is kept verbatim for provenance (developers/physicists), never shown as a citation.
"""
import json
import re
import sys

VERSION = "1.0.0"
DATE = "2026-11-26"

QUANTEC_PAPERS = {
    # organ (TG-263 first alternative) -> organ paper of the QUANTEC supplement, IJROBP 2010;76(3 Suppl)
    "Brain": "Lawrence YR et al. Radiation dose-volume effects in the brain. IJROBP 2010;76(3 Suppl):S20-S27",
    "OpticChiasm": "Mayo C et al. Radiation dose-volume effects of optic nerves and chiasm. IJROBP 2010;76(3 Suppl):S28-S35",
    "Brainstem": "Mayo C et al. Radiation associated brainstem injury. IJROBP 2010;76(3 Suppl):S36-S41",
    "SpinalCord": "Kirkpatrick JP et al. Radiation dose-volume effects in the spinal cord. IJROBP 2010;76(3 Suppl):S42-S49",
    "Cochlea_L": "Bhandare N et al. Radiation therapy and hearing loss. IJROBP 2010;76(3 Suppl):S50-S57",
    "Parotids": "Deasy JO et al. Radiotherapy dose-volume effects on salivary gland function. IJROBP 2010;76(3 Suppl):S58-S63",
    "Parotid_L": "Deasy JO et al. Radiotherapy dose-volume effects on salivary gland function. IJROBP 2010;76(3 Suppl):S58-S63",
    "Larynx": "Rancati T et al. Radiation dose-volume effects in the larynx and pharynx. IJROBP 2010;76(3 Suppl):S64-S69",
    "Musc_Constrict": "Rancati T et al. Radiation dose-volume effects in the larynx and pharynx. IJROBP 2010;76(3 Suppl):S64-S69",
    "Lungs": "Marks LB et al. Radiation dose-volume effects in the lung. IJROBP 2010;76(3 Suppl):S70-S76",
    "Heart": "Gagliardi G et al. Radiation dose-volume effects in the heart. IJROBP 2010;76(3 Suppl):S77-S85",
    "Esophagus": "Werner-Wasik M et al. Radiation dose-volume effects in the esophagus. IJROBP 2010;76(3 Suppl):S86-S93",
    "Bowel_Small": "Kavanagh BD et al. Radiation dose-volume effects in the stomach and small bowel. IJROBP 2010;76(3 Suppl):S101-S107",
    "Bowel": "Kavanagh BD et al. Radiation dose-volume effects in the stomach and small bowel. IJROBP 2010;76(3 Suppl):S101-S107",
    "Kidneys": "Dawson LA et al. Radiation-associated kidney injury. IJROBP 2010;76(3 Suppl):S108-S115",
    "Bladder": "Viswanathan AN et al. Radiation dose-volume effects of the urinary bladder. IJROBP 2010;76(3 Suppl):S116-S122",
    "Rectum": "Michalski JM et al. Radiation dose-volume effects in radiation-induced rectal injury. IJROBP 2010;76(3 Suppl):S123-S129",
    "PenileBulb": "Roach M et al. Radiation dose-volume effects and the penile bulb. IJROBP 2010;76(3 Suppl):S130-S134",
}
QUANTEC_SUMMARY = "Marks LB et al. Use of normal tissue complication probability models in the clinic (QUANTEC). IJROBP 2010;76(3 Suppl):S10-S19"

RTOG_TITLES = {
    "0117": "RTOG 0117 protocol (dose-escalated chemoradiation for non-small-cell lung cancer)",
    "0225": "RTOG 0225 protocol (IMRT with or without chemotherapy for nasopharyngeal cancer)",
    "0415": "RTOG 0415 protocol (conventional vs hypofractionated prostate radiotherapy)",
    "0418": "RTOG 0418 protocol (post-operative IMRT for endometrial and cervical cancer)",
    "0436": "RTOG 0436 protocol (chemoradiation with or without cetuximab for esophageal cancer)",
    "0522": "RTOG 0522 protocol (head and neck chemoradiation with or without cetuximab)",
    "0529": "RTOG 0529 protocol (dose-painted IMRT for anal canal cancer)",
    "0534": "RTOG 0534 protocol (prostate-bed radiotherapy)",
    "0615": "RTOG 0615 protocol",
    "0619": "RTOG 0619 protocol",
    "0912": "RTOG 0912 protocol",
    "1008": "RTOG 1008 protocol",
}


def canonical_source(src):
    """Free-text source name of the compilation -> (group, protocol, base citation)."""
    if src.startswith("QUANTEC"):
        return "QUANTEC", None, None
    if src.startswith("AAPM TG-101"):
        return "AAPM_TG101", None, ("Benedict SH et al. Stereotactic body radiation therapy: the report of "
                                     "AAPM Task Group 101. Med Phys 2010;37(8):4078-4101 (erratum 2023)")
    if src.startswith("NCCN NSCLC (RTOG"):
        return "NCCN", None, ("NCCN Guidelines, Non-Small Cell Lung Cancer: Principles of Radiation Therapy, "
                              "SABR maximum-dose table (based on RTOG 0618/0813/0915)")
    if src.startswith("NCCN NSCLC (conventional"):
        return "NCCN", None, ("NCCN Guidelines, Non-Small Cell Lung Cancer: Principles of Radiation Therapy, "
                              "normal-tissue constraints for conventional chemoradiation")
    if src.startswith("CORSAIR"):
        return "CORSAIR", None, ("Bisello S et al. Dose-Volume Constraints for Organs At Risk In Radiotherapy "
                                 "(CORSAIR). Curr Oncol 2022;29(10):7021-7050")
    if src.startswith("Emami"):
        return "EMAMI", None, ("Emami B et al. Tolerance of normal tissue to therapeutic irradiation. "
                               "IJROBP 1991;21(1):109-122")
    if src.startswith("UK SABR"):
        return "UK_SABR", None, ("UK lung SABR trial protocol, dose-constraint table (28 Gy/1 fx and 48 Gy/4 fx). "
                                 "BMC Cancer 2016, doi:10.1186/s12885-016-2227-z")
    if src.startswith("Institutional spine SBRT"):
        return "PUBLISHED_SERIES", None, ("Single-institution spine SBRT series, spinal-cord limits "
                                          "(PMC9515434)")
    if src.startswith("BMC Cancer 2025"):
        return "PUBLISHED_SERIES", None, "SBRT trial protocol, dose-constraint table. BMC Cancer 2025"
    m = re.match(r"RTOG (\d{4})", src)
    if m:
        return "RTOG", m.group(1), RTOG_TITLES[m.group(1)] + ", normal-tissue dose constraints"
    raise SystemExit("unknown source: " + src)


def citation(entry, group, base, tg263):
    detail = entry["sourceDetail"] or ""
    if group == "QUANTEC":
        paper = QUANTEC_PAPERS.get(tg263[0])
        if not paper:
            return QUANTEC_SUMMARY
        title, journal = paper.split(". IJROBP", 1)
        return title + " (QUANTEC). IJROBP" + journal
    if group == "CORSAIR":
        refs = re.findall(r"\[(\d+(?:,\s*\d+)*)\]", detail)
        refs = [r for r in refs]
        return base + (" (CORSAIR ref. " + ", ".join("[" + r + "]" for r in refs) + ")" if refs else "")
    if group == "RTOG" and "1748-717X-8-173" in detail:
        return base + ", as tabulated in Radiat Oncol 2013;8:173"
    if group == "RTOG" and "solutioinsilico" in detail:
        return base + ", as listed in a TG-263-labelled compilation of RTOG constraints"
    return base


def provenance(detail):
    if re.search(r"\[secondary|\[SECONDARY", detail):
        return "SECONDARY"
    if "secondary" in detail.lower():
        return "COMPILATION"
    return "PRIMARY"


def also_cited_by(group, detail):
    also = []
    if group != "CORSAIR" and "CORSAIR-cited" in detail:
        also.append("CORSAIR")
    if group == "CORSAIR" and re.search(r"UK SABR|UK 2022 consensus|reference\] \[[67]\]", detail):
        also.append("UK_SABR")
    return also


# Endpoints carrying the compiler's reading notes: user-facing text without the note (the note is kept
# in "compilerNote" for physicists).
ENDPOINT_NOTES = {
    "Laryngeal edema (<20% per brainscape summary; rate truncated on S1 page)": "Laryngeal edema <20%",
    "Laryngeal toxicity (as listed on S2 page; verify \u2014 may be a mean-dose limit in protocol)":
        "Laryngeal toxicity (may be a mean-dose limit in the protocol: verify)",
    "Late rectal toxicity (prostate RT; rate not shown in source)": "Late rectal toxicity (prostate RT)",
    "Long-term salivary function <25% of pre-RT (rate column not legible in source excerpt)":
        "Long-term salivary function <25% of pre-RT",
}


def metric(raw):
    return "TD5/5" if raw.startswith("TD5/5") else raw


def convert(entries):
    out = []
    for i, e in enumerate(entries, start=1):
        group, protocol, base = canonical_source(e["source"])
        verified = "unverified" not in e["tg263"]
        names = re.sub(r"\s*\(.*?\)\s*", "", e["tg263"]).split("|")
        detail = e["sourceDetail"] or ""
        unit = e["unit"]
        if unit.startswith("% of"):
            unit = "%Rx"
        prov = provenance(detail)
        out.append({
            "id": "OAR-%03d" % i,
            "organ": e["organ"],
            "tg263": names,
            "tg263Verified": verified,
            "metric": metric(e["metric"]),
            "operator": e["operator"],
            "value": e["value"],
            "unit": unit,
            "volumeValue": e["volumeValue"],
            "volumeUnit": e["volumeUnit"],
            "regime": "CONVENTIONAL" if e["fractions"] is None else "SBRT_SRS",
            "fractions": e["fractions"],
            "fractionation": e["fractionation"],
            "endpoint": ENDPOINT_NOTES.get(e["endpoint"], e["endpoint"]),
            "compilerNote": e["endpoint"] if e["endpoint"] in ENDPOINT_NOTES else None,
            "source": group,
            "protocol": protocol,
            "sourceName": e["source"],
            "citation": citation(e, group, base, names),
            "provenance": prov,
            "secondary": prov == "SECONDARY",
            "alsoCitedBy": also_cited_by(group, detail),
            "sourceDetail": detail,
        })
    return out


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        entries = json.load(f)
    library = {
        "library": "Published organ-at-risk dose constraints",
        "version": VERSION,
        "date": DATE,
        "compiledFrom": "research compilation of %d cited entries (constraints.json + constraints-NOTES.md)" % len(entries),
        "entries": convert(entries),
    }
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(library, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %d entries to %s" % (len(library["entries"]), dst))


if __name__ == "__main__":
    main()
