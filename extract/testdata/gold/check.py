#!/usr/bin/env python3
"""Sanity-check the hand-written gold files in this folder (stdlib only).

For every *.gold.json (or the files given): the article named by "text"
exists; entity types and fact predicates are from GOLD.md; fact subjects
and objects are gold entity names; every entity name and alias occurs in
the article (warning only: GOLD.md allows a standard full name); every
quote's "starts" occurs verbatim inside the article and has 5+ words.
With -v it also lists capitalised words and quoted spans of the article
that no entity or quote covers, as a completeness aid for the annotator.
"""
import glob
import json
import os
import re
import sys

TYPES = {"Person", "Organization", "Country", "City", "Place", "Event"}
PREDS = {"leaderOf", "memberOf", "left", "plansToLeave", "joined", "hosted",
         "willHost", "metWith", "locatedIn", "participatedIn", "visited"}


def check(path, verbose):
    errs, warns = [], []
    d = json.load(open(path, encoding="utf-8"))
    txt_path = os.path.join(os.path.dirname(path), d["text"])
    if not os.path.exists(txt_path):
        return ["article %s not found" % txt_path], []
    text = open(txt_path, encoding="utf-8", errors="replace").read()
    low = text.lower()
    names = set()
    for e in d["entities"]:
        if e["type"] not in TYPES:
            errs.append("bad type %s for %s" % (e["type"], e["name"]))
        if e["name"] in names:
            errs.append("duplicate entity %s" % e["name"])
        names.add(e["name"])
        for form in [e["name"]] + e.get("aliases", []):
            if form.lower() not in low:
                warns.append("form not in text: %r (%s)" % (form, e["name"]))
    for f in d.get("facts", []):
        if f["p"] not in PREDS:
            errs.append("bad predicate %s" % f["p"])
        for k in ("s", "o"):
            if f[k] not in names:
                errs.append("fact %s %s %s: %r is not an entity" % (f["s"], f["p"], f["o"], f[k]))
        if f.get("evidence") and f["evidence"] not in text:
            warns.append("evidence not verbatim: %r" % f["evidence"])
    seen = set()
    for q in d.get("quotes", []):
        if q["speaker"] not in names:
            errs.append("quote speaker %r is not an entity" % q["speaker"])
        if q["starts"] not in text:
            errs.append("quote start not in text: %r" % q["starts"])
        if len(q["starts"].split()) < 5:
            warns.append("quote start under 5 words: %r" % q["starts"])
        if q["starts"] in seen:
            errs.append("duplicate quote %r" % q["starts"])
        seen.add(q["starts"])
    if verbose:
        forms = [f.lower() for e in d["entities"] for f in [e["name"]] + e.get("aliases", [])]
        caps = sorted(set(re.findall(r"\b[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)*", text)))
        for c in caps:
            if not any(c.lower() in f or f in c.lower() for f in forms):
                print("   uncovered capitalised: %s" % c)
        for m in re.finditer(r'"([^"\n]*)("|\n|$)', text):
            span = m.group(1)
            if not any(q["starts"] in span or span.startswith(q["starts"]) for q in d.get("quotes", [])):
                print("   uncovered quoted: %r" % span[:70])
    return errs, warns


def main():
    verbose = "-v" in sys.argv
    files = [a for a in sys.argv[1:] if a != "-v"] or sorted(
        glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.gold.json")))
    bad = 0
    for p in files:
        errs, warns = check(p, verbose)
        d = json.load(open(p, encoding="utf-8"))
        print("%s: %d entities, %d facts, %d quotes" % (
            os.path.basename(p), len(d["entities"]), len(d.get("facts", [])), len(d.get("quotes", []))))
        for e in errs:
            print("  ERROR " + e)
        for w in warns:
            print("  warn  " + w)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
