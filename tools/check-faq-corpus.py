#!/usr/bin/env python3
"""Checks faq-corpus/*.md: front matter keys, short answer fits one GSM-7 SMS segment, >= 6 questions.
usage: tools/check-faq-corpus.py [faq-corpus-dir]"""
import sys, os, re
GSM = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXT = set("^{}\\[~]|€")
def septets(s):
    n = 0
    for ch in s:
        if ch in GSM: n += 1
        elif ch in GSM_EXT: n += 2
        else: return None
    return n
d = sys.argv[1] if len(sys.argv) > 1 else "faq-corpus"
import yaml
bad = 0
for f in sorted(os.listdir(d)):
    if not f.endswith(".md"): continue
    text = open(os.path.join(d, f), encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not m: print(f, "no front matter"); bad += 1; continue
    fm = yaml.safe_load(m.group(1)); body = m.group(2).strip()
    probs = []
    for k in ("id", "title", "language", "short_answer", "questions", "tags", "emergency", "hazards"):
        if k not in fm: probs.append("missing " + k)
    if fm.get("id") and f != fm["id"] + ".md": probs.append("file name must be <id>.md")
    sa = fm.get("short_answer") or ""
    n = septets(sa)
    if n is None: probs.append("short_answer has non-GSM-7 characters: " + "".join(sorted({c for c in sa if c not in GSM and c not in GSM_EXT})))
    elif n > 160: probs.append(f"short_answer is {n} septets (> 160)")
    if len(fm.get("questions") or []) < 6: probs.append("fewer than 6 questions")
    if fm.get("emergency") and not fm.get("hazards"): probs.append("emergency entry without hazards")
    if len(body) < 200: probs.append("full answer too short")
    if probs: bad += 1; print(f, "; ".join(probs))
print("bad files:", bad)
sys.exit(1 if bad else 0)
