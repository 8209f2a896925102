#!/usr/bin/env python3
"""Plain-language check of the texts a woman reads (woman view).

Scores each language's woman-view texts with a readability formula and prints the overall score,
the share of texts at or above the target, and the ten hardest texts to rewrite first.
  Spanish: Fernández-Huerta (1959)   L = 206.84 - 0.60 P - 1.02 F
           P = syllables per 100 words, F = sentences per 100 words
  English: Flesch Reading Ease       206.835 - 1.015 (words/sentences) - 84.6 (syllables/words)
Both read 0-100, higher is easier; 70+ is "fairly easy". Syllables are counted with the usual
heuristics (vowel groups; Spanish hiatus and accents; English silent e), good to a few per cent.

Usage: python3 tools/readability.py [--target 70] [--lang es]
"""
import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WOMAN_VIEW = re.compile(r"^(right-R\d\d-woman|action-A\d\d-woman|situation-[a-z-]+-hint|phase-[a-z]+-desc|contact-[a-z0-9-]+-note)$")


def messages(lang):
    """id -> text for every message of locales/<lang>/*.ftl (plain values; placeables dropped)."""
    out = {}
    for f in sorted((ROOT / "locales" / lang).glob("*.ftl")):
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([a-zA-Z][\w-]*)\s*=\s*(.*)$", line)
            if m:
                cur = m.group(1)
                out[cur] = m.group(2)
            elif cur and line.startswith(" ") and line.strip():
                out[cur] += " " + line.strip()
            elif not line.strip() or line.startswith("#"):
                cur = None
    return {k: re.sub(r"\{[^}]*\}", "", v).strip() for k, v in out.items()}


def words(text):
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text)


def sentences(text):
    return max(1, len([s for s in re.split(r"[.!?:;]+", text) if words(s)]))


def syllables_es(word):
    w = word.lower()
    w = re.sub(r"(?<=[gq])u(?=[eéií])", "", w)  # silent u in que, qui, gue, gui
    groups = 0
    prev = None
    for ch in w:
        if ch in "aeiouáéíóúü":
            strong = ch in "aeoáéóíú"  # accented i/u break a diphthong
            if prev is None:
                groups += 1
            elif strong and prev:
                groups += 1  # hiatus: two strong vowels
            prev = strong if prev is None else (prev or strong)
        else:
            prev = None
    return max(1, groups)


def syllables_en(word):
    w = word.lower()
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


def score(lang, text):
    ws = words(text)
    if not ws:
        return None
    n, s = len(ws), sentences(text)
    if lang == "es":
        syl = sum(syllables_es(w) for w in ws)
        return 206.84 - 0.60 * (100 * syl / n) - 1.02 * (100 * s / n)
    syl = sum(syllables_en(w) for w in ws)
    return 206.835 - 1.015 * (n / s) - 84.6 * (syl / n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", type=float, default=70)
    ap.add_argument("--lang", action="append")
    a = ap.parse_args()
    for lang in a.lang or ["es", "en"]:
        texts = {k: v for k, v in messages(lang).items() if WOMAN_VIEW.match(k) and v}
        scores = {k: score(lang, v) for k, v in texts.items()}
        scores = {k: v for k, v in scores.items() if v is not None}
        overall = score(lang, " ".join(t if t.rstrip().endswith((".", "!", "?")) else t + "." for t in texts.values()))
        formula = "Fernández-Huerta" if lang == "es" else "Flesch Reading Ease"
        ok = sum(1 for v in scores.values() if v >= a.target)
        print(f"== {lang}: {formula}")
        print(f"   texts scored: {len(scores)}   overall: {overall:.1f}   mean: {sum(scores.values()) / len(scores):.1f}   at or above {a.target:g}: {ok}/{len(scores)} ({100 * ok / len(scores):.0f}%)")
        print("   hardest ten:")
        for k, v in sorted(scores.items(), key=lambda kv: kv[1])[:10]:
            print(f"   {v:6.1f}  {k}: {texts[k][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
