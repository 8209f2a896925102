#!/usr/bin/env python3
"""Plain-language check of the texts a woman reads (her view), in all five languages.

Each language is scored with a formula made for it (higher = easier; 70+ is "fairly easy"):

  es  Fernández-Huerta (Fernández Huerta, J. 1959, "Medidas sencillas de lecturabilidad",
      Consigna 214), in the corrected form pointed out by G. Law (2011, "Error in the Fernandez
      Huerta readability formula", LINGUIST List 22.2332, read 2026-12-01): the usual printing
      subtracts 1.02 x sentences-per-100-words, which makes SHORTER sentences score WORSE; the
      formula was adapted from Flesch, whose term is words per sentence:
          L = 206.84 - 0.60 x (syllables per 100 words) - 1.02 x (words per sentence)
  en  Flesch Reading Ease (Flesch, R. 1948, "A new readability yardstick", J. Applied Psychology 32):
          206.835 - 1.015 x (words per sentence) - 84.6 x (syllables per word)
  fr  Kandel-Moles (Kandel, L. & Moles, A. 1958, "Application de l'indice de Flesch à la langue
      française", Cahiers Études de Radio-Télévision 19):
          207 - 1.015 x (words per sentence) - 73.6 x (syllables per word)
  pt  Flesch adapted to Portuguese (Martins, T. B. F., Ghiraldelo, C. M., Nunes, M. G. V. &
      Oliveira Jr., O. N. 1996, "Readability formulas applied to textbooks in Brazilian
      Portuguese", Notas do ICMSC-USP 28):
          248.835 - 1.015 x (words per sentence) - 84.6 x (syllables per word)
  ht  Haitian Creole has NO validated readability formula. We report words per sentence and
      syllables per word and hold each text to our own target (<= 15 words per sentence and
      <= 1.6 syllables per word, the style guide's sentence limit and roughly what the other
      four languages' passing texts show). This is a house target, not a validated formula.

Sources read: only Law (2011). The other four references are given as they are commonly cited;
their originals were not read for this script, and the coefficients above are the published ones.

Target: in each language, at least 90 % of her texts reach 70 (ht: both house limits).
The script exits 1 when a language misses it, and 2 when its own syllable self-test fails.

What is scored: the texts of locales/<lang>/content.ftl that she reads as sentences: rights and
actions in her view (`*-woman`), the situation hints (`situation-*-hint`) and the journey phases
(`phase-*-desc`), and the plain explanations of the Words screen (`word-*-plain` in words.ftl).
Titles are headings, not sentences, so they are not scored. The contact notes
(contacts.ftl) are also shown to her; they are reported on a separate line (`--contacts`) but do
not decide the exit code yet, because they are maintained with the contact data.

Syllables: a vowel-group counter adapted to each orthography (the rules are in the syllables_*
functions and checked by a self-test on known words every run). We did not use the hyphenation
dictionaries (pyphen): they mark where a line may break, not syllables, and never split off a
single letter (Spanish "agua", "país", English "area" come out as one syllable).
Numbers count as one word of one syllable; Fluent placeables ({ $x }) are dropped; a sentence
ends at . ! ? (a semicolon or colon does not end one).

Usage: python3 tools/readability.py [--lang es] [--target 70] [--share 90] [--contacts] [--all]
"""
import argparse
import math
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["es", "en", "fr", "pt", "ht"]
HER_TEXT = re.compile(r"^(?:(?:right|action|warning)-[A-Za-z0-9-]+-woman|situation-[a-z-]+-hint|phase-[a-z]+-desc|word-[a-z-]+-plain)$")
CONTACT_NOTE = re.compile(r"^contact-[a-z0-9-]+-note$")
HT_MAX_WPS, HT_MAX_SPW = 15.0, 1.6
FORMULA = {
    "es": "Fernández-Huerta 1959 (corrected, Law 2011)",
    "en": "Flesch Reading Ease 1948",
    "fr": "Kandel-Moles 1958",
    "pt": "Flesch adapted to Portuguese (Martins et al. 1996)",
    "ht": f"NO validated formula: house target <= {HT_MAX_WPS:g} words/sentence and <= {HT_MAX_SPW:g} syllables/word",
}


def messages(lang, pattern, files):
    """id -> text of the messages whose id matches `pattern` in locales/<lang>/<files>."""
    out = {}
    for name in files:
        f = ROOT / "locales" / lang / name
        if not f.exists():
            continue
        cur = None
        for line in f.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^([a-zA-Z][\w-]*)\s*=\s*(.*)$", line)
            if m:
                cur = m.group(1)
                out[cur] = m.group(2)
            elif cur and line.startswith(" ") and line.strip() and not line.strip().startswith((".", "[", "*", "}")):
                out[cur] += " " + line.strip()
            else:
                cur = None
    texts = {k: re.sub(r"\{[^}]*\}", "", v).strip() for k, v in out.items() if pattern.match(k)}
    return {k: v for k, v in texts.items() if v}


# ---- words and sentences ---------------------------------------------------------------------

FR_ELISION = re.compile(r"^(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’]", re.I)


def words(lang, text):
    """Words as read aloud. Numbers are words. French elided articles (l', qu') join the next word;
    Haitian Creole short pronouns without a vowel (w, l, m, n, y before a vowel) are clitics
    pronounced with the next word, so they are not words of their own."""
    out = []
    for tok in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text):
        if lang == "fr":
            tok = FR_ELISION.sub("", tok)
        if lang == "ht" and not re.search(r"[aeiouyèòàáéíóú]", tok.lower()) and not tok.isdigit():
            continue
        out.append(tok)
    return out


def sentences(lang, text):
    return max(1, len([s for s in re.split(r"[.!?…]+", text) if words(lang, s)]))


# ---- syllables, one counter per orthography ------------------------------------------------------

def syllables_es(w):
    """Spanish: one syllable per vowel nucleus. Two strong vowels (a e o) are a hiatus; a weak vowel
    (i u ü) next to another vowel forms a diphthong unless it carries an accent (í ú = hiatus).
    u is silent in que, qui, gue, gui; y is a vowel only at the end of a word (hay, muy, y)."""
    w = w.lower()
    w = re.sub(r"(?<=[gq])u(?=[eéií])", "", w)
    w = re.sub(r"y$", "i", w)
    strong = set("aeoáéóíú")
    n = 0
    prev = None
    for ch in w:
        if ch in "aeiouáéíóúü":
            if prev is None or (ch in strong and prev in strong):
                n += 1
            prev = ch
        else:
            prev = None
    return max(1, n)


def syllables_pt(w):
    """Portuguese: a vowel followed by unstressed i/u is a falling diphthong (pai, meu, vou); nasal
    ão, ãe, õe, ãi are one syllable; u after q/g before a vowel is a glide (água, quando). A final
    unstressed i/u + vowel (-ia, -io, -ua, -ias…) is a rising diphthong, one spoken syllable
    (vi-o-lên-cia, his-tó-ria, á-gua); it is unstressed when a written accent falls earlier in the
    word (otherwise the word is stressed on that i/u: di-a, ti-o). Other vowel meetings are a
    hiatus (sa-ú-de, pa-ís, di-a). Inside a word, unstressed i/u between a consonant and a vowel is
    the same rising diphthong in speech (in-ter-na-cio-nais, crian-ça, orien-ta-ção), as Spanish
    counts it; grammars also allow dividing it (ci-o), we count the spoken syllable like Flesch did."""
    w = w.lower()
    if re.search(r"[áéíóúâêô].*[^aeiou][iu][aeo]s?$", w):
        w = re.sub(r"[iu](?=[aeo]s?$)", "", w)
    w = re.sub(r"(?<=[^aeiouáéíóúâêôãõ])[iu](?=[aeoáéóâêôã](?!s?$|m$))", "", w)
    w = re.sub(r"(?<=[gq])u(?=[aeioáéíóâêô])", "", w)
    w = re.sub(r"ã[eoi]|õe", "ã", w)
    n = 0
    prev = None
    for ch in w:
        if ch in "aeiouáéíóúâêôãõàü":
            falling = prev is not None and ch in "iu" and prev not in "iu"
            weak_pair = prev is not None and ch in "iu" and prev in "iu" and ch != prev
            if prev is None or not (falling or weak_pair):
                n += 1
            prev = ch
        else:
            prev = None
    return max(1, n)


def syllables_fr(w):
    """French: one syllable per written vowel group (ai, au, eau, ou, oi, eu, ie… are one);
    é or è followed by a vowel, and a vowel followed by ï or ü (tréma), start a new syllable.
    A final e or es is silent when the word has another vowel group (femme, pauvres); -ent is
    counted (the counter cannot tell verbs from nouns like enfant)."""
    w = w.lower()
    groups = re.findall(r"[aeiouyàâäéèêëîïôöùûüœæ]+", w)
    n = 0
    for g in groups:
        n += 1
        n += len(re.findall(r"(?<=[éè])(?=[aeiouàâêîôû])|(?<=.)(?=[ïü])", g))
    if n > 1 and re.search(r"[^aeiouyàâäéèêëîïôöùûüœæ](?:e|es)$", w):
        n -= 1
    return max(1, n)


def syllables_en(w):
    """English: vowel groups (y counts as a vowel after a consonant), minus a silent final e
    (made, before) or -es/-ed that adds no syllable (makes, asked), plus consonant+le (table),
    plus two-vowel groups that are two syllables (ia, io, eo, ua after a consonant: vi-o-lence,
    a-re-a, ri-ot), except -tion/-sion/-cial/-cious/-gion where the i is not a vowel."""
    w = w.lower().replace("’", "'")
    w = re.sub(r"'s$|'re$|'ll$|'ve$|'d$|n't$", "", w) or w
    if len(w) <= 3:
        return 1
    n = len(re.findall(r"[aeiou]+|(?<=[^aeiou])y", w))
    if re.search(r"[^aeiouy]e$", w) and not re.search(r"[^aeiouy]le$", w):
        n -= 1
    elif re.search(r"(?:[^aeiouyl]e[sd]$)", w) and not re.search(r"(?:[cgsxz]es|[td]ed)$", w):
        n -= 1
    n += len(re.findall(r"(?<![tscgx])i[ao]|eo|ea(?=[^dlkmnprst]|$)|ua|ue(?=l)|iu", w))
    return max(1, n)


def syllables_ht(w):
    """Haitian Creole (phonemic spelling): one syllable per vowel; ou is one vowel; an, en, on, oun
    are nasal vowels (n is a letter of the vowel, no extra count); ui (uit, pwi) is one syllable;
    y and w are consonants (peyi, pwoteksyon)."""
    w = w.lower().replace("ou", "u").replace("ui", "u")
    return max(1, len(re.findall(r"[aeèioòuàáéíóú]+", w)))


SYLLABLES = {"es": syllables_es, "pt": syllables_pt, "fr": syllables_fr, "en": syllables_en, "ht": syllables_ht}

# Known syllable counts (dictionary division) that the counters must get right, every run.
SELF_TEST = {
    "es": {"agua": 2, "país": 2, "oír": 2, "protección": 3, "ciudadanía": 5, "consulado": 4, "que": 1, "guía": 2,
           "violencia": 3, "hay": 1, "y": 1, "línea": 3, "cuídate": 3, "embarazada": 5, "guerra": 2, "teatro": 3},
    "pt": {"água": 2, "país": 2, "saúde": 3, "proteção": 3, "consulado": 4, "violência": 3, "história": 3, "tio": 2, "internacionais": 5, "criança": 2, "suas": 2, "deveriam": 4, "quando": 2,
           "mães": 1, "você": 2, "pai": 1, "dia": 2, "ninguém": 2, "documentos": 4, "gratuito": 3},
    "fr": {"femme": 1, "protection": 3, "consulat": 3, "enfants": 2, "vie": 1, "pays": 1, "eau": 1,
           "naïf": 2, "créer": 2, "pauvres": 1, "interprète": 3, "le": 1, "toujours": 2, "réunir": 3},
    "en": {"area": 3, "violence": 3, "the": 1, "made": 1, "table": 2, "asked": 1, "protection": 3,
           "consulate": 3, "every": 3, "country": 2, "interpreter": 4, "you": 1, "papers": 2, "riot": 2},
    "ht": {"peyi": 2, "pwoteksyon": 3, "fanm": 1, "ou": 1, "konsila": 3, "entènasyonal": 5, "uit": 1,
           "sèvis": 2, "timoun": 2, "kapab": 2, "azil": 2, "lapolis": 3},
}


def self_test():
    bad = []
    for lang, cases in SELF_TEST.items():
        for word, want in cases.items():
            got = SYLLABLES[lang](word)
            if got != want:
                bad.append(f"{lang} {word!r}: counted {got}, dictionary says {want}")
    return bad


# ---- scores -------------------------------------------------------------------------------------

def measures(lang, text):
    ws = words(lang, text)
    if not ws:
        return None
    syl = sum(1 if w.isdigit() else SYLLABLES[lang](w) for w in ws)
    return len(ws), sentences(lang, text), syl


def score(lang, text):
    """Reading-ease score (es, en, fr, pt) or, for ht, (words/sentence, syllables/word)."""
    m = measures(lang, text)
    if m is None:
        return None
    n, s, syl = m
    wps, spw = n / s, syl / n
    if lang == "es":
        return 206.84 - 0.60 * (100 * spw) - 1.02 * wps
    if lang == "en":
        return 206.835 - 1.015 * wps - 84.6 * spw
    if lang == "fr":
        return 207 - 1.015 * wps - 73.6 * spw
    if lang == "pt":
        return 248.835 - 1.015 * wps - 84.6 * spw
    return (wps, spw)


def passes(lang, value, target):
    if lang == "ht":
        return value[0] <= HT_MAX_WPS and value[1] <= HT_MAX_SPW
    return value >= target


def hardness(lang, value):
    """Sort key, hardest first."""
    if lang == "ht":
        return -max(value[0] / HT_MAX_WPS, value[1] / HT_MAX_SPW)
    return value


def show(lang, value):
    """Rounded DOWN, so a text shown as 70.0 has passed and one just under shows 69.9."""
    if lang == "ht":
        return f"{value[0]:4.1f} w/s {value[1]:4.2f} syl/w"
    return f"{math.floor(value * 10) / 10:6.1f}"


def report(lang, texts, a, label):
    scores = {k: score(lang, v) for k, v in texts.items()}
    scores = {k: v for k, v in scores.items() if v is not None}
    if not scores:
        print(f"   {label}: no texts")
        return True
    ok = sum(1 for v in scores.values() if passes(lang, v, a.target))
    share = 100 * ok / len(scores)
    if lang == "ht":
        med = f"median {statistics.median(v[0] for v in scores.values()):.1f} words/sentence, " \
              f"{statistics.median(v[1] for v in scores.values()):.2f} syllables/word"
        goal = "within both limits"
    else:
        med = f"median {statistics.median(scores.values()):.1f}"
        goal = f">= {a.target:g}"
    good = share >= a.share
    print(f"   {label}: {len(scores)} texts, {med}, {goal}: {ok}/{len(scores)} ({share:.0f} %)"
          f" -> {'meets' if good else 'MISSES'} the target of {a.share:g} %")
    worst = sorted(scores.items(), key=lambda kv: hardness(lang, kv[1]))
    for k, v in worst[: (len(worst) if a.all else 10)]:
        mark = " " if passes(lang, v, a.target) else "!"
        print(f"    {mark}{show(lang, v)}  {k}: {texts[k][:100]}")
    return good


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", action="append", choices=LANGS, help="only this language (repeatable)")
    ap.add_argument("--target", type=float, default=70, help="score a text must reach (es en fr pt); default 70")
    ap.add_argument("--share", type=float, default=90, help="percent of texts that must pass; default 90")
    ap.add_argument("--contacts", action="store_true", help="also score the contact notes (not gated)")
    ap.add_argument("--all", action="store_true", help="list every text, not only the ten hardest")
    a = ap.parse_args()

    bad = self_test()
    if bad:
        print("syllable counter self-test FAILED:\n  " + "\n  ".join(bad))
        return 2
    print(f"syllable counters: self-test passed ({sum(len(c) for c in SELF_TEST.values())} words)")

    failed = []
    for lang in a.lang or LANGS:
        print(f"== {lang}: {FORMULA[lang]}")
        texts = messages(lang, HER_TEXT, ["content.ftl", "words.ftl"])
        if not report(lang, texts, a, "her texts (content.ftl, words.ftl)"):
            failed.append(lang)
        if a.contacts:
            report(lang, messages(lang, CONTACT_NOTE, ["contacts.ftl"]), a, "contact notes (contacts.ftl, not gated)")
    if failed:
        print(f"plain language: target missed in {', '.join(failed)} — rewrite the texts marked ! "
              "(style guide: docs/CONTENT.md, 'Plain language for her texts')")
        return 1
    print("plain language: every language meets its target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
