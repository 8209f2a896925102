#!/usr/bin/env python3
"""Import the researched contacts into Ruta's content and message files.

Reads the desk-research file (default: ../shared/data/contacts-research.toml, relative to the
repository root) and writes:

  content/contacts/<CC>.toml      one file per country (format: docs/CONTENT.md)
  locales/es/contacts.ftl         contact-<id>-name and contact-<id>-note, Spanish
  locales/en/contacts.ftl         the same in English

Usage:  python3 tools/import_contacts.py [path/to/contacts-research.toml]

This script documents how every field was derived from the research. It is deterministic (same
input, same output, byte for byte) and uses only the standard library.

Derivation rules, in short:
  * entries with status "not_found" are skipped; the order of the research file is kept;
  * id = <cc>-<kind short>-<n>, n counting the imported entries of that kind in that country;
  * operator ("who answers") is inferred conservatively (see infer_operator and OPERATOR_OVERRIDES):
    lines that can bring police or prosecutors are labelled as such, because for undocumented
    women contact with them can carry immigration risk (contacts-notes.md, caveat 1);
  * situations follow from the kind (SITUATIONS_BY_KIND);
  * phones: the published text is kept in `number`; `tel` is read only from that text
    (see phone_to_tel); nothing is typed in or "fixed";
  * free / hours / source_date are normalised from the research wording, and the original
    source_date text is kept in source_date_note;
  * notes and conflict flags are written by hand below (NOTES, CONFLICTS), using only facts from
    the research entry and contacts-notes.md.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter, OrderedDict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_RESEARCH = "../shared/data/contacts-research.toml"

COUNTRIES = ["BZ", "CA", "CR", "DO", "SV", "GT", "HN", "MX", "NI", "PA", "US"]

KIND_SHORT = {
    "emergency": "emergency",
    "gbv_hotline": "gbv",
    "trafficking_hotline": "trafficking",
    "migration_authority": "migration",
    "asylum_authority": "asylum",
    "women_institution": "women",
    "child_protection": "child",
    "un_agency": "un",
    "ombudsperson": "ombudsperson",
}

SITUATIONS_BY_KIND = {
    "emergency": ["all"],
    "gbv_hotline": ["violence"],
    "trafficking_hotline": ["trafficking", "work"],
    "asylum_authority": ["asylum", "lgbti"],
    "migration_authority": ["no-documents", "detention", "returned"],
    "child_protection": ["children", "unaccompanied"],
    "women_institution": ["violence", "work"],
    "un_agency": ["asylum", "no-documents", "returned"],
    "ombudsperson": ["detention", "no-documents"],
}

SITUATION_IDS = {
    "all", "violence", "trafficking", "pregnant", "children", "unaccompanied", "asylum",
    "no-documents", "detention", "work", "health", "disability", "indigenous-language", "lgbti",
    "returned", "older",
}

# --------------------------------------------------------------------------------------------
# Operator ("who answers the listed phones")
# --------------------------------------------------------------------------------------------

POLICE_RE = re.compile(r"Polic[ií]a|\bPNC\b|\bPolice\b|Seguridad P[úu]blica|Public Security")
PROSECUTOR_RE = re.compile(
    r"Ministerio P[úu]blico|Fiscal[ií]a|Attorney General|Procuradur[ií]a General de la Rep[úu]blica"
    r"|Prosecutor"
)
OMBUDS_RE = re.compile(r"Ombuds|Procurador de los Derechos Humanos|Defensor[ií]a|Defensor del Pueblo")
UN_RE = re.compile(r"\bACNUR\b|\bUNHCR\b|\bOIM\b|\bIOM\b")
# NGO only on explicit evidence in the entry: the research names the operator as Polaris, a
# charity or a citizen council, or the entry is a directory of shelters.
NGO_NOTES_RE = re.compile(r"Operated by Polaris|\bcharity\b|citizen council|Consejo Ciudadano")
NGO_NAME_RE = re.compile(r"shelters", re.I)

# Judgement calls where the keyword rules above would give a less accurate answer.
OPERATOR_OVERRIDES = {
    "gt-child-1": (
        "government",
        "PGN (Procuraduría General de la Nación) represents the State and runs child protection; "
        "prosecution in Guatemala is the Ministerio Público. name_en says 'Attorney General'.",
    ),
    "ni-gbv-1": (
        "government",
        "the phone 133 is the Ministry of Women's line; the Comisarías (police) in the name have "
        "no phone here; the note says they are police.",
    ),
    "do-child-1": (
        "prosecutor",
        "its first phone is Línea Vida, run by the Procuraduría General de la República "
        "(see do-gbv-1).",
    ),
}

# Status is copied from the research, except where the content checker cannot accept it.
STATUS_OVERRIDES = {
    "ni-un-1": (
        "partial",
        "research says 'verified' (UNHCR's absence was confirmed) but there is no phone and no "
        "website to give; the checker refuses a verified contact with neither, and 'partial' "
        "(institution confirmed, contact missing) is what it is.",
    ),
}


def infer_operator(c: dict, first_tel: str | None) -> str:
    kind = c["kind"]
    names = c["name_es"] + " | " + c["name_en"]
    if kind == "ombudsperson":
        return "ombudsperson"
    if kind == "un_agency":
        return "un"
    if kind == "emergency":
        # Every emergency number in the research dispatches police (several are run by police).
        return "police"
    if first_tel == "911":
        # The first listed line is the general emergency number: police may come.
        return "police"
    if POLICE_RE.search(names):
        return "police"
    if PROSECUTOR_RE.search(names):
        return "prosecutor"
    if OMBUDS_RE.search(names):
        return "ombudsperson"
    if UN_RE.search(names):
        return "un"
    if NGO_NOTES_RE.search(c.get("notes", "")) or NGO_NAME_RE.search(c["name_en"]):
        return "ngo"
    return "government"


# --------------------------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------------------------

KEYPAD = {}
for _digit, _letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO",
                         "7": "PQRS", "8": "TUV", "9": "WXYZ"}.items():
    for _l in _letters:
        KEYPAD[_l] = _digit

OLD_RE = re.compile(r"número anterior|older source|\((?:19|20)\d\d[),]", re.I)
TTY_RE = re.compile(r"^\s*TTY\b")
LABEL_PREFIX_RE = re.compile(r"^\s*[^\d:+*#]{1,60}:\s*")  # "PNC: ", "Toll Free: ", "TTY: "
START_RE = re.compile(r"[+*#]?\(?\+?\d")


def _keypad(s: str) -> str:
    return "".join(KEYPAD.get(ch, ch) for ch in s)


def phone_to_tel(text: str) -> tuple[str | None, list[str]]:
    """Return (tel, remarks) read from the published text, or (None, remarks) to skip.

    Takes the first dialable number only; keeps + * #; drops spaces, dashes, dots and
    parentheses; vanity letters are replaced by the digits printed in parentheses when those
    spell the letters, otherwise mapped by the phone keypad.
    """
    remarks: list[str] = []
    if not re.search(r"\d", text):
        return None, ["no digit"]
    if re.match(r"\s*(?:not found|not applicable)", text, re.I):
        return None, ["says 'not found' / 'not applicable'"]
    rest = LABEL_PREFIX_RE.sub("", text, count=1)
    m = START_RE.search(rest)
    if not m:
        return None, ["no dialable start"]
    if rest[: m.start()].strip():
        remarks.append(f"skipped leading text {rest[: m.start()].strip()!r}")
    s = rest[m.start():]
    i = 0
    prefix = ""
    while i < len(s) and s[i] in "+*#":
        prefix += s[i]
        i += 1
    groups: list[str] = []  # digit groups or letter groups, in order
    # first group: digits, or a parenthesised area/country code
    pm = re.match(r"\((\+?)(\d+)\)", s[i:])
    if pm:
        prefix += pm.group(1)
        groups.append(pm.group(2))
        i += pm.end()
    else:
        dm = re.match(r"\d+", s[i:])
        if not dm:
            return None, ["no digits after start"]
        groups.append(dm.group(0))
        i += dm.end()
    seps: list[str] = []
    while i < len(s):
        sm = re.match(r"[-. ]", s[i:])
        if not sm:
            break
        sep = sm.group(0)
        j = i + 1
        dm = re.match(r"\d+", s[j:])
        lm = re.match(r"[A-Z]+(?![a-z])", s[j:]) if sep == "-" else None
        if dm:
            groups.append(dm.group(0))
            seps.append(sep)
            i = j + dm.end()
        elif lm:
            groups.append(lm.group(0))
            seps.append(sep)
            i = j + lm.end()
        else:
            break
    tail = s[i:]
    letters = "".join(g for g in groups if g.isalpha())
    if letters:
        raw = "".join(groups)
        vm = re.match(r"\s*\(([\d\-. ]+)\)", tail)
        paren = re.sub(r"\D", "", vm.group(1)) if vm else ""
        if vm and paren in (_keypad(letters), _keypad(raw)):
            tail = tail[vm.end():]  # the parenthesised digits are used, not ignored
        if paren and paren == _keypad(letters):
            # the printed digits spell the letters: put them where the (first) letters stood
            k = next(n for n, g in enumerate(groups) if g.isalpha())
            digits = "".join(groups[:k]) + paren + "".join(g for g in groups[k:] if not g.isalpha())
            remarks.append(f"vanity {letters} = ({paren}) printed in the text")
        elif paren and paren == _keypad(raw):
            digits = paren
            remarks.append(f"vanity: the text prints the whole number in parentheses ({vm.group(1)})")
        else:
            digits = _keypad(raw)
            remarks.append(f"vanity {letters} mapped by keypad (NOT printed in the text)")
    else:
        # "110-120": two short codes joined by a dash read as alternatives, take the first
        if len(groups) == 2 and seps == ["-"] and all(len(g) == 3 for g in groups) and not prefix:
            remarks.append(f"'{groups[0]}-{groups[1]}' read as two short codes; took the first")
            groups = groups[:1]
        digits = "".join(groups)
    if tail.strip():
        remarks.append(f"ignored trailing text {tail.strip()!r}")
    tel = prefix + digits
    if len(tel) < 3:
        return None, remarks + ["shorter than 3 characters"]
    return tel, remarks


def tel_is_read_from(tel: str, text: str) -> bool:
    """Every character of tel (digits, + * #) occurs in text, in order."""
    pos = 0
    for ch in tel:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def phone_label(text: str, is_first: bool) -> str:
    if TTY_RE.match(text):
        return "tty"
    if OLD_RE.search(text):
        return "old"
    return "main" if is_first else "other"


# --------------------------------------------------------------------------------------------
# free / hours / source_date / website
# --------------------------------------------------------------------------------------------

def norm_free(s: str) -> str:
    s = s.strip().lower()
    if re.match(r"yes\b", s):
        return "yes"
    if re.match(r"no\b", s):
        return "no"
    return "not-stated"


HOURS_24_RE = re.compile(r"24/7|24 horas|24h", re.I)
HOURS_LIMITING_RE = re.compile(
    r"\bmon|\bfri|\blun|\bvie|office|most|agent|\bsee\b|urgent|old source|\d:\d\d|\d\s*[ap]\.?\s?m\b",
    re.I,
)


def norm_hours(s: str, first_tel: str | None) -> str:
    h = s.strip()
    hl = h.lower()
    if hl.startswith("not stated") or hl.startswith("not applicable"):
        return "not-stated"
    if not HOURS_24_RE.search(h):
        return "limited"
    if HOURS_LIMITING_RE.search(h):
        return "limited"
    # "132: 24/7" speaks of one phone only: limiting unless it is the first (main) phone.
    for pm in re.finditer(r"(?:^|;\s*)([^:;]+):", h):
        if re.sub(r"\D", "", pm.group(1)) != (first_tel or "") or not first_tel:
            return "limited"
    return "24/7"


DATE_RE = re.compile(
    r"(?<![\d\-~])(~?)((?:19|20)\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?![\d+])(\+?)"
)


def norm_source_date(s: str) -> str:
    """First exact date in the text; approximate ones (~2023, 2019+) do not count."""
    for m in DATE_RE.finditer(s):
        if m.group(1) or m.group(5):
            continue
        # the end of a range "2020-2023" is never first: the start matched before it
        return "-".join(p for p in (m.group(2), m.group(3), m.group(4)) if p)
    return "undated"


def norm_website(s: str) -> str | None:
    s = s.strip()
    if not s.startswith("http"):
        return None
    return re.split(r"[\s;]", s, maxsplit=1)[0]


def clean_name(s: str) -> str:
    s = re.sub(r"^\s*(?:not found|no encontrad[oa])\s*-\s*", "", s, flags=re.I)
    s = re.sub(r"\s*-\s*(?:hotline not found|línea no encontrada)\s*$", "", s, flags=re.I)
    return s.strip()


# --------------------------------------------------------------------------------------------
# Notes (our own words, facts only from the research entry and contacts-notes.md) and conflicts
# Each key is checked against the start of the entry's name_en, so a reordered research file
# fails loudly instead of attaching a note to the wrong contact.
# --------------------------------------------------------------------------------------------

NOTES: dict[str, tuple[str, str, str]] = {
    # ---------------- US
    "us-emergency-1": (
        "Emergency (police",
        "Para peligro inmediato: conecta con policía, bomberos y ambulancia. La línea nacional contra la violencia doméstica no puede enviar ayuda a tu ubicación.",
        "For immediate danger: it connects to police, fire and ambulance. The domestic violence hotline cannot send help to your location.",
    ),
    "us-gbv-1": (
        "National Domestic Violence Hotline",
        "No es la policía y atiende también a personas sin papeles, en más de 200 idiomas. Puedes escribir START al 88788 o usar el chat en thehotline.org.",
        "It is not law enforcement and is open to undocumented immigrants, in 200+ languages. You can text START to 88788 or chat at thehotline.org.",
    ),
    "us-trafficking-1": (
        "National Human Trafficking Hotline",
        "La atiende Polaris: no es el gobierno, ni la policía, ni migración. Puedes escribir al 233733, usar el chat o el correo help@humantraffickinghotline.org, sin dar tu nombre.",
        "Run by Polaris: it is not the government, police or immigration. You can text 233733, use live chat or email help@humantraffickinghotline.org, and stay anonymous.",
    ),
    "us-migration-1": (
        "U.S. Citizenship and Immigration Services",
        "Es la agencia de inmigración. Según dos fuentes secundarias atienden personas de lunes a viernes de 8 a. m. a 8 p. m. (hora del Este); otra dice de 8 a. m. a 6 p. m.; el sistema automático funciona 24 horas.",
        "This is the immigration agency. Two secondary sources give live agents Mon–Fri 8 a.m.–8 p.m. ET, another gives 8 a.m.–6 p.m.; the automated line works 24/7.",
    ),
    "us-asylum-1": (
        "USCIS Asylum",
        "Es la misma línea de USCIS (personas de lunes a viernes, según fuentes secundarias) y responde preguntas de asilo solo tras una verificación de identidad reforzada. El costo no está claro: el formulario I-589 dice que no hay tarifa y una fuente secundaria habla de 50 dólares; las reglas de asilo cambiaron varias veces en 2025.",
        "It is the same USCIS line (live agents Mon–Fri per secondary sources), and it answers asylum questions only after enhanced identity checks. The fee is unclear: the I-589 form says no filing fee, a secondary source says $50; US asylum rules changed repeatedly in 2025.",
    ),
    "us-women-1": (
        "Office on Violence Against Women",
        "No atiende directamente al público: remite a las líneas de ayuda de este país.",
        "It does not serve the public directly: it points to the hotlines listed for this country.",
    ),
    "us-child-1": (
        "Childhelp",
        "Puedes llamar, escribir por texto o chatear; no es una línea para denuncias y no está conectada al 911. Las fuentes no coinciden: childcare.gov (HHS, sin fecha) da 1-800-422-2253 y otras cuatro fuentes (sin fecha) dan 1-800-422-4453.",
        "You can call, text or chat; it is not a reporting line and is not connected to 911. Sources differ: childcare.gov (HHS, undated) gives 1-800-422-2253, four other sources (undated) give 1-800-422-4453.",
    ),
    "us-un-1": (
        "UNHCR Multi-Country Office",
        "Informa sobre la ley y los trámites de asilo, también a personas detenidas. No encontramos su teléfono.",
        "It gives information on asylum law and procedures, also to people in detention. No phone number was found.",
    ),
    "us-un-2": (
        "IOM Washington",
        "Oficina de enlace: no atiende al público en persona. Dirección: Suite 700, 1752 N Street NW, Washington, DC 20036.",
        "Liaison office, not a walk-in service point. Address: Suite 700, 1752 N Street NW, Washington, DC 20036.",
    ),
    # ---------------- CA
    "ca-emergency-1": (
        "Emergency (police",
        "Según Women's Shelters Canada (2020), el 911 no funcionaba en los territorios del norte. Donde no hay 911, marca 0 y pide la policía a la operadora.",
        "Women's Shelters Canada (2020) said 911 was not available in the territories. Where there is no 911, dial 0 and ask the operator for the police.",
    ),
    "ca-gbv-1": (
        "ShelterSafe.ca",
        "No tiene teléfono propio: el mapa de sheltersafe.ca da la línea de crisis de cada refugio, y la mayoría atiende 24 horas. Los refugios son gratis y puedes pedir ayuda sin quedarte en uno.",
        "It has no phone of its own: the map at sheltersafe.ca gives each shelter's crisis line, and most answer 24/7. Shelters are free, and you can get help without staying in one.",
    ),
    "ca-gbv-2": (
        "Assaulted Women's Helpline",
        "Solo Ontario; por teléfono, TTY y en línea. El número solo apareció en listas no oficiales (2020–2023), y los idiomas varían según la fuente: más de 200 (AWHL) o 154 (una lista).",
        "Ontario only; by phone, TTY and online. The number was seen only in unofficial lists (2020–2023), and sources differ on languages: 200+ (AWHL) or 154 (one list).",
    ),
    "ca-gbv-3": (
        "Talk4Healing",
        "Para mujeres indígenas en Ontario, en 14 idiomas, incluidas lenguas indígenas.",
        "For Indigenous women in Ontario, in 14 languages including Indigenous languages.",
    ),
    "ca-gbv-4": (
        "SOS violence conjugale",
        "Quebec; en francés e inglés, gratis y confidencial, y conecta con refugios. Correo: sos@sosviolenceconjugale.ca.",
        "Quebec; French and English, free and confidential, and it connects women to shelters. Email: sos@sosviolenceconjugale.ca.",
    ),
    "ca-trafficking-1": (
        "Canadian Human Trafficking Hotline",
        "La atiende una organización benéfica, no la policía ni el gobierno, y atiende sin importar tu ciudadanía. Más de 200 idiomas; tiene TTY.",
        "Run by a charity, not police or government, and open whatever your citizenship status. 200+ languages; TTY available.",
    ),
    "ca-migration-1": (
        "Immigration, Refugees and Citizenship Canada",
        "De lunes a viernes de 8 a. m. a 4 p. m. (hora local). Recibe solicitudes de asilo dentro del país, permisos de trabajo y renovaciones del documento de solicitante de refugio.",
        "Mon–Fri 8 a.m.–4 p.m. local time. It handles inland asylum claims, work permits and renewals of the Refugee Protection Claimant Document.",
    ),
    "ca-migration-2": (
        "Canada Border Services Agency",
        "Es la agencia de fronteras: recibe solicitudes de asilo en los puertos de entrada y también se ocupa de la aplicación de la ley migratoria y la detención. El número gratuito es para llamadas dentro de Canadá; los otros dos, desde fuera.",
        "This is the border agency: it takes asylum claims at ports of entry and also handles immigration enforcement and detention. The toll-free number is for calls within Canada; the other two are for calls from outside.",
    ),
    "ca-asylum-1": (
        "Immigration and Refugee Board",
        "Decide las solicitudes de refugio después de que CBSA o IRCC las envían. Debes avisar por escrito si cambian tus datos de contacto.",
        "It decides refugee claims after referral by CBSA or IRCC. Claimants must keep their contact details updated in writing.",
    ),
    "ca-women-1": (
        "Women and Gender Equality Canada",
        "Ministerio federal que financia refugios y organizaciones; no encontramos una línea de atención directa.",
        "Federal department that funds shelters and organisations; no direct help line was found.",
    ),
    "ca-child-1": (
        "Kids Help Phone",
        "Para niñas, niños y jóvenes, en inglés y francés; también por texto (CONNECT al 686868) o chat. Las denuncias de maltrato infantil van a las agencias de protección de cada provincia.",
        "For children and young people, in English and French; also by text (CONNECT to 686868) or live chat. Child-abuse reports go to each province's child-welfare agencies.",
    ),
    "ca-ombudsperson-1": (
        "Canadian Human Rights Commission",
        "Solo asuntos federales (gobierno federal, bancos, aerolíneas…); la mayoría de las quejas por discriminación van a las comisiones de cada provincia. Las quejas suelen presentarse dentro de 12 meses.",
        "Federal matters only (federal government, banks, airlines…); most discrimination complaints go to provincial human-rights bodies. Complaints are generally made within 12 months.",
    ),
    # ---------------- MX
    "mx-emergency-1": (
        "National emergency number",
        "También atiende violencia doméstica en curso y funciona con o sin saldo. Para denuncias anónimas (extorsión, trata, abuso sexual) existe el 089.",
        "It also takes domestic violence in progress and works with or without phone credit. For anonymous tips (extortion, trafficking, sexual abuse) there is 089.",
    ),
    "mx-gbv-1": (
        "Women's Line 079",
        "La atiende la Secretaría de las Mujeres (federal) desde mayo de 2025: apoyo legal y emocional, canalización y seguimiento. Algunos estados tienen su propia línea (por ejemplo Nuevo León 070; Ciudad de México *765).",
        "Run by the federal Secretaría de las Mujeres since May 2025: legal and emotional support, referral and follow-up. Some states have their own line (e.g. Nuevo León 070; Mexico City *765).",
    ),
    "mx-trafficking-1": (
        "National Anti-Trafficking Line",
        "La atiende un consejo ciudadano, no el gobierno federal, y ayuda a víctimas y testigos de cualquier país. Hay un chat por WhatsApp (no encontramos el número); textos antiguos escriben 01 800 5533 000.",
        "Run by a citizen council, not the federal government; it helps victims and witnesses from any country. There is a WhatsApp chat (number not found); older material writes 01 800 5533 000.",
    ),
    "mx-migration-1": (
        "National Migration Institute",
        "Es la autoridad migratoria; no encontramos una línea nacional. Donde la COMAR no tiene oficina, el INM debe pasarle las solicitudes de asilo, y no puede actuar contra quien dice que quiere pedir asilo; citas en citas.inm.gob.mx.",
        "This is the immigration authority; no national help line was found. Where COMAR has no office, INM must pass asylum requests on to COMAR, and it must not act against someone who says she wants asylum; appointments at citas.inm.gob.mx.",
    ),
    "mx-asylum-1": (
        "Mexican Commission for Refugee Assistance",
        "Pide asilo dentro de 30 días hábiles después de entrar y quédate en el estado donde lo pediste. El teléfono es de 2020; la oficina de Ciudad de México (Calle 10 No. 167, Granjas San Antonio, Iztapalapa) abre de lunes a viernes de 09:00 a 18:00.",
        "Apply within 30 business days of entering, then stay in the state where you applied. The phone is from 2020; the Mexico City office (Calle 10 No. 167, Granjas San Antonio, Iztapalapa) opens Mon–Fri 09:00–18:00.",
    ),
    "mx-women-1": (
        "Ministry of Women",
        "Reemplazó a INMUJERES y CONAVIM en enero de 2025; su línea para mujeres es el 079, opción 1.",
        "It replaced INMUJERES and CONAVIM in January 2025; its women's line is 079, option 1.",
    ),
    "mx-child-1": (
        "Federal Child Protection Office",
        "No encontramos una línea nacional de maltrato infantil: usa el 911 en emergencias o el 089 para denunciar sin dar tu nombre. Las procuradurías estatales tienen sus propias líneas (por ejemplo Nuevo León 070).",
        "No national child-abuse line was found: use 911 in an emergency or 089 to report anonymously. State child-protection offices have their own lines (e.g. Nuevo León 070).",
    ),
    "mx-un-1": (
        "UNHCR Mexico",
        "Tras los cierres de mayo de 2025 se reportan oficinas abiertas en Ciudad de México, Tapachula, Aguascalientes, San Luis Potosí, Saltillo, Monterrey, Villahermosa, Ciudad Juárez y Tijuana. Un medio (2025-05-03) dice en cambio que Tapachula y Comitán cierran.",
        "After the May 2025 closures, offices were reported open in Mexico City, Tapachula, Aguascalientes, San Luis Potosí, Saltillo, Monterrey, Villahermosa, Ciudad Juárez and Tijuana. One outlet (2025-05-03) says instead that Tapachula and Comitán close.",
    ),
    "mx-un-2": (
        "IOM Mexico",
        "Oficinas en Ciudad de México (Montes Urales 770, piso 2, Lomas de Chapultepec) y en Tapachula, Chiapas. No encontramos su teléfono.",
        "Offices in Mexico City (Montes Urales 770, 2nd floor, Lomas de Chapultepec) and in Tapachula, Chiapas. No phone number was found.",
    ),
    "mx-ombudsperson-1": (
        "National Human Rights Commission",
        "Quejas en línea en atencionciudadana.cndh.org.mx; una fuente antigua menciona guardia 24 horas para quejas urgentes. Tiene oficinas en ciudades de paso de migrantes como Tapachula, Tijuana y Ciudad Juárez (2013).",
        "Complaints online at atencionciudadana.cndh.org.mx; an old source mentions a 24/7 guard service for urgent complaints. Offices in migrant-transit cities such as Tapachula, Tijuana and Ciudad Juárez (2013).",
    ),
    # ---------------- GT
    "gt-emergency-1": (
        "National Civil Police",
        "Guatemala no tiene un 911 único. Las fuentes no coinciden para la policía: 110 (noticia, 2025-12-24) o «110-120» (lista de CONRED, 2024).",
        "Guatemala has no single 911. Sources differ for the police: 110 (news, 2025-12-24) or '110-120' (CONRED list, 2024).",
    ),
    "gt-gbv-1": (
        "Public Prosecutor's Office line 1572",
        "La atiende el Ministerio Público (fiscalía) junto con agentes de la Policía Nacional Civil. Una sola fuente, sin fecha.",
        "Run by the Public Prosecutor's Office together with National Civil Police officers. Single undated source.",
    ),
    "gt-trafficking-1": (
        "Human Rights Ombudsman complaints line",
        "Línea de denuncias de la Procuraduría de los Derechos Humanos, 24 horas todos los días. No encontramos una línea propia de la SVET contra la trata.",
        "Complaints line of the Human Rights Ombudsman, 24 hours every day. No dedicated SVET trafficking hotline was found.",
    ),
    "gt-migration-1": (
        "Guatemalan Migration Institute",
        "Tiene el CAMIEX en Ciudad de Guatemala y, con agencias de la ONU, centros CAPMiR (Esquipulas, km 233; Huehuetenango). No encontramos su teléfono.",
        "It runs CAMIEX in Guatemala City and, with UN agencies, CAPMiR centres (Esquipulas, km 233; Huehuetenango). No phone number was found.",
    ),
    "gt-asylum-1": (
        "Refugee Status Recognition Department",
        "Quien pide refugio recibe una permanencia provisional de 30 días que se puede renovar. No encontramos su teléfono.",
        "Applicants get a 30-day provisional stay that can be renewed. No phone number was found.",
    ),
    "gt-women-1": (
        "Presidential Secretariat for Women",
        "Coordina políticas; no da atención directa.",
        "A policy body; it does not provide direct services.",
    ),
    "gt-child-1": (
        "Attorney General's Office - Children",
        "Línea para denunciar cuando se violan los derechos de niñas, niños o adolescentes, de la Procuraduría de la Niñez de la PGN.",
        "Line to report children whose rights are violated, run by the PGN's Children and Adolescents Unit.",
    ),
    "gt-un-1": (
        "UNHCR Guatemala",
        "En 2022 estaba en Petén, San Marcos, Izabal, Ciudad de Guatemala (también en el aeropuerto La Aurora y el centro de personas retornadas), Huehuetenango y Chiquimula. No encontramos su teléfono.",
        "In 2022 it was present in Petén, San Marcos, Izabal, Guatemala City (also La Aurora airport and the returnees centre), Huehuetenango and Chiquimula. No phone number was found.",
    ),
    "gt-un-2": (
        "Safe Mobility",
        "Número publicado para consultas y quejas sobre datos personales. El programa lo financiaba EE. UU. y puede haber terminado en 2025.",
        "Number published for data-protection questions and complaints. The programme was US-funded and may have ended in 2025.",
    ),
    "gt-un-3": (
        "IOM Guatemala",
        "Tiene ventanillas de información migratoria (VIMMIG), por ejemplo en Puerto Barrios, Izabal.",
        "It runs migration information windows (VIMMIG), e.g. in Puerto Barrios, Izabal.",
    ),
    "gt-ombudsperson-1": (
        "Human Rights Ombudsman (PDH)",
        "La línea 1555 atiende 24 horas todos los días; la oficina (12 avenida 12-54, zona 1, Ciudad de Guatemala) abre de lunes a viernes de 08:00 a 15:30. Tiene una defensoría para víctimas de trata.",
        "Line 1555 answers 24 hours every day; the office (12 avenida 12-54, zona 1, Guatemala City) opens Mon–Fri 08:00–15:30. It has a unit for trafficking victims.",
    ),
    # ---------------- HN
    "hn-emergency-1": (
        "National Emergency System",
        "También recibe denuncias de violencia doméstica; la línea 114 forma parte del 911 desde 2015.",
        "It also takes domestic violence reports; line 114 has been part of 911 since 2015.",
    ),
    "hn-gbv-1": (
        "Line 114",
        "La atiende la Policía Nacional, que envía patrullas al lugar de la llamada. Puedes llamar sin dar tu nombre; ofrece apoyo psicológico.",
        "Run by the National Police, which sends units to where the call comes from. Calls can be anonymous; psychological support is offered.",
    ),
    "hn-trafficking-1": (
        "National Anti-Trafficking Reporting Line",
        "Línea confidencial de denuncias de la comisión nacional contra la trata (CICESCT).",
        "Confidential reporting line of the national anti-trafficking commission (CICESCT).",
    ),
    "hn-migration-1": (
        "National Migration Institute",
        "La oficina de refugio atiende de lunes a viernes de 07:00 a 17:00; oficina central en Tegucigalpa y regionales en San Pedro Sula, La Ceiba y Choluteca. Los centros CAMI (Danlí, Toncontín) dan ayuda humanitaria a personas migrantes sin papeles.",
        "The refugee office opens Mon–Fri 07:00–17:00; main office in Tegucigalpa, regional offices in San Pedro Sula, La Ceiba and Choluteca. CAMI centres (Danlí, Toncontín) give humanitarian help to irregular migrants.",
    ),
    "hn-asylum-1": (
        "INM - refugee status",
        "Se pide de palabra o por escrito en el INM, en cualquier puesto fronterizo del INM o, donde no hay oficina, en la estación de policía más cercana; lunes a viernes de 07:00 a 17:00. No pueden devolverte ni cobrarte, y las niñas y niños no acompañados también pueden pedirlo.",
        "Apply orally or in writing at INM, at any INM border post or, where there is no office, at the nearest police station; Mon–Fri 07:00–17:00. Officials must not send you back or charge fees, and unaccompanied children can apply.",
    ),
    "hn-child-1": (
        "Secretariat for Children",
        "La SENAF reemplazó a la DINAF. No encontramos su teléfono: en emergencias usa el 911.",
        "SENAF replaced DINAF. No phone number was found: use 911 in an emergency.",
    ),
    "hn-un-1": (
        "UNHCR Honduras",
        "Tiene oficina en Choluteca, cerca de la frontera con Nicaragua. No encontramos su teléfono.",
        "It has an office in Choluteca, near the border with Nicaragua. No phone number was found.",
    ),
    "hn-un-2": (
        "IOM Honduras",
        "Ventanillas de información migratoria en Nacaome (Valle) y El Progreso (Yoro), según una fuente de 2017.",
        "Migration information windows in Nacaome (Valle) and El Progreso (Yoro), per a 2017 source.",
    ),
    "hn-ombudsperson-1": (
        "National Human Rights Commissioner",
        "Las fuentes no coinciden: 9581-1846 (2026-02-24) y la línea 132 (2017, gratuita y 24 horas; no sabemos si sigue activa). También recibe quejas en persona en sus oficinas regionales o por su sitio web.",
        "Sources differ: 9581-1846 (2026-02-24) and line 132 (2017, free and 24/7; current status unknown). Complaints also in person at regional offices or on its website.",
    ),
    # ---------------- SV
    "sv-emergency-1": (
        "National Civil Police emergency",
        "Lo atiende la Policía Nacional Civil (PNC), que también tiene 36 oficinas para denuncias de violencia intrafamiliar.",
        "Run by the National Civil Police (PNC), which also has 36 offices for domestic-violence complaints.",
    ),
    "sv-gbv-1": (
        "ISDEMU line 126",
        "Línea del ISDEMU, el instituto de la mujer. Otras líneas de 2020, sin volver a comprobar: 198 (orientación, Corte Suprema) y 2593-7000 (Fiscalía, violencia intrafamiliar, 24 horas).",
        "Line of ISDEMU, the women's institute. Other lines from 2020, not re-checked: 198 (Supreme Court information line) and 2593-7000 (prosecutors, domestic violence, 24/7).",
    ),
    "sv-migration-1": (
        "General Directorate of Migration",
        "Sucursales de lunes a viernes de 7:30 a 15:30 (Usulután, 2021). En la frontera, la solicitud de asilo se hace ante agentes de la DGME, que la pasan a la CODER.",
        "Branches open Mon–Fri 7:30–15:30 (Usulután, 2021). At the border, asylum requests are made to DGME officers, who refer them to CODER.",
    ),
    "sv-asylum-1": (
        "Commission for the Determination of Refugee Status",
        "Se pide en la CODER (Ministerio de Relaciones Exteriores, San Salvador) o ante agentes de la DGME en la frontera, de palabra o por escrito, dentro de 5 días hábiles después de entrar.",
        "Apply at CODER (Ministry of Foreign Affairs, San Salvador) or to a DGME officer at the border, orally or in writing, within 5 working days of entry.",
    ),
    "sv-women-1": (
        "Salvadoran Institute for Women",
        "Da servicios especializados a mujeres que viven violencia, también a niñas enviadas por CONAPINA.",
        "It provides specialised services for women facing violence, also for girls referred by CONAPINA.",
    ),
    "sv-child-1": (
        "National Council for Early Childhood",
        "Las niñas y niños pueden llamar por sí mismos; da primeros auxilios psicológicos y remite a las Juntas de Protección.",
        "Children can call themselves; it gives psychological first aid and refers to the child-protection boards.",
    ),
    "sv-ombudsperson-1": (
        "Office of the Human Rights Ombudsman",
        "Números de celular publicados en la cuarentena de 2020; hay que volver a comprobarlos. Desde 2021 la sociedad civil cuestiona su independencia.",
        "Mobile numbers published during the 2020 quarantine; they need re-checking. Civil society has questioned its independence since 2021.",
    ),
    # ---------------- NI
    "ni-emergency-1": (
        "National Police emergency",
        "Lo atiende el Centro de Emergencia de la Policía Nacional: policía, tránsito, incendios y emergencias médicas. Una fuente antigua da para bomberos el 115 o *911.",
        "Answered by the National Police Emergency Centre: police, traffic, fire and medical emergencies. An older source gives 115 or *911 for the fire service.",
    ),
    "ni-gbv-1": (
        "Free line 133",
        "Línea del Ministerio de la Mujer (2024); ofrece «orientación familiar» para promover el diálogo, que puede no ser segura si la violencia es grave. En 2012 el mismo 133 era una línea de información sobre trata del MIFAMILIA; las Comisarías de la Mujer son de la policía.",
        "The Ministry of Women's line (2024); it offers 'family orientation' to promote dialogue, which may be unsafe when violence is severe. In 2012 the same 133 was a MIFAMILIA trafficking-information line; the Women's Police Stations are police.",
    ),
    "ni-trafficking-1": (
        "Line 133",
        "En 2012 el 133 era una línea del MIFAMILIA de información sobre trata, 24 horas. Una fuente de 2024 atribuye el mismo número al Ministerio de la Mujer.",
        "In 2012, 133 was a 24-hour MIFAMILIA trafficking-information line. A 2024 source attributes the same number to the Ministry of Women.",
    ),
    "ni-migration-1": (
        "General Directorate of Migration",
        "Trámite de refugio de lunes a viernes de 8:00 a 17:00, en Managua.",
        "Refugee procedure Mon–Fri 8:00–17:00, in Managua.",
    ),
    "ni-asylum-1": (
        "National Commission for Refugees",
        "De lunes a viernes de 8:00 a 17:00. ACNUR fue expulsado de Nicaragua en 2025, así que no hay apoyo de ACNUR en el país.",
        "Mon–Fri 8:00–17:00. UNHCR was expelled from Nicaragua in 2025, so there is no UNHCR support in the country.",
    ),
    "ni-women-1": (
        "Ministry of Women",
        "El 133 da ayuda legal y emocional y «orientación familiar» para promover el diálogo, que puede no ser adecuada si la violencia es grave. En 2012 el mismo número era una línea del MIFAMILIA sobre trata.",
        "Line 133 gives legal and emotional help and 'family orientation' to promote dialogue, which may not suit high-risk violence. In 2012 the same number was a MIFAMILIA trafficking line.",
    ),
    "ni-child-1": (
        "Ministry of the Family",
        "No encontramos su teléfono. Las Comisarías de la Mujer y la Niñez (policía) también atienden casos de niñas y niños.",
        "No phone number was found. The Women's and Children's Police Stations (police) also handle cases involving children.",
    ),
    "ni-un-1": (
        "UNHCR - no presence",
        "ACNUR fue expulsado en 2025 y no tiene oficina en Nicaragua. Si estás fuera del país, busca a ACNUR en Costa Rica o Panamá.",
        "UNHCR was expelled in 2025 and has no office in Nicaragua. If you are outside the country, see UNHCR in Costa Rica or Panama.",
    ),
    "ni-un-2": (
        "IOM Nicaragua",
        "Oficina en Managua; trabaja en trata, retorno voluntario asistido y niñas y niños no acompañados.",
        "Office in Managua; it works on trafficking, assisted voluntary return and unaccompanied children.",
    ),
    "ni-ombudsperson-1": (
        "Office of the Human Rights Ombudsman",
        "Medios independientes la describen como partidaria o sin funcionar; ten cuidado en casos de protección.",
        "Independent outlets describe it as partisan or not functioning; be careful with protection cases.",
    ),
    # ---------------- CR
    "cr-emergency-1": (
        "Emergency system 911",
        "Gratis, incluso sin saldo, y puedes llamar sin dar tu nombre. En casos de violencia intrafamiliar envía patrullas de la Fuerza Pública.",
        "Free, even without phone credit, and calls can be anonymous. For domestic violence it sends Fuerza Pública police patrols.",
    ),
    "cr-gbv-1": (
        "911 (domestic violence)",
        "El 911 atiende 24 horas; las líneas del INAMU (2020) de lunes a viernes de 8 a. m. a 4 p. m., correo delegacion@inamu.go.cr. Las fuentes no coinciden: La Teja (2020) da 2527-3761 en un artículo y 2727-3761 en otro.",
        "911 answers 24/7; the INAMU lines (2020) Mon–Fri 8 a.m.–4 p.m., email delegacion@inamu.go.cr. Sources differ: La Teja (2020) gives 2527-3761 in one article and 2727-3761 in another.",
    ),
    "cr-trafficking-1": (
        "911 / CONATT",
        "No encontramos una línea propia contra la trata: usa el 911.",
        "No dedicated trafficking line was found: use 911.",
    ),
    "cr-migration-1": (
        "General Directorate of Migration",
        "Citas por el 1311 o por el portal de citas en migracion.go.cr; el 1311 tiene costo (2024) y necesita saldo. Una nota sin fecha da una línea gratuita 22998099, sin confirmar.",
        "Appointments via 1311 or the web appointment portal at migracion.go.cr; 1311 is a paid line (2024) and needs phone credit. An undated report gives a free line 22998099, not confirmed.",
    ),
    "cr-asylum-1": (
        "Refugee Unit",
        "Trámite gratis y sin plazo; lunes a viernes de 07:00 a 15:00, primeras citas solo de lunes a miércoles, y el 1311 tiene costo. La línea 2106-4018 dejó de dar citas el 1 de abril de 2024; una nota sin fecha da una línea gratuita 22998099, sin confirmar.",
        "Free procedure, no deadline; Mon–Fri 07:00–15:00, first appointments Mon–Wed only, and 1311 is a paid line. Line 2106-4018 stopped giving appointments on 1 April 2024; an undated report gives a free line 22998099, not confirmed.",
    ),
    "cr-women-1": (
        "National Women's Institute",
        "Líneas de oficina de 2020, de lunes a viernes de 8 a. m. a 4 p. m. Las fuentes no coinciden: La Teja (2020) da 2527-3761 en un artículo y 2727-3761 en otro.",
        "Office lines from 2020, Mon–Fri 8 a.m.–4 p.m. Sources differ: La Teja (2020) gives 2527-3761 in one article and 2727-3761 in another.",
    ),
    "cr-child-1": (
        "National Children's Trust",
        "El PANI recomienda hoy denunciar por el 911. El 1147, el 800-2262626 (gratuitos) y el WhatsApp 8989-1147 para niñas, niños y adolescentes son de 2020.",
        "PANI now recommends reporting through 911. 1147, 800-2262626 (free lines) and the WhatsApp line 8989-1147 for children date from 2020.",
    ),
    "cr-un-1": (
        "UNHCR Costa Rica",
        "Número de una página de la época de COVID (2020–2021). La misma página da organizaciones aliadas: Consultorio Jurídico La Salle 8455-8166 y Servicio Jesuita para Migrantes 2280-4439.",
        "Number from a COVID-era page (2020–2021). The same page lists partners: Consultorio Jurídico La Salle 8455-8166 and Servicio Jesuita para Migrantes 2280-4439.",
    ),
    "cr-un-2": (
        "Safe Mobility",
        "El programa lo financiaba EE. UU. y no sabemos si sigue en 2025.",
        "The programme was US-funded and its 2025 status is unknown.",
    ),
    "cr-ombudsperson-1": (
        "Ombudsman's Office",
        "Cualquier persona, nacional o extranjera, puede quejarse de un servicio público; casos de más de un año no suelen aceptarse. Horario de 8 a. m. a 4 p. m., publicado para las fiestas (2025-12).",
        "Anyone, national or foreign, can complain about a public service; cases older than one year are generally not accepted. Hours 8 a.m.–4 p.m., as published for the holidays (2025-12).",
    ),
    # ---------------- PA
    "pa-emergency-1": (
        "Emergency 911",
        "El 911 es el número único desde diciembre de 2019, pero en 2020 seguían en uso la policía 104, bomberos 103, SINAPROC 335 y el 311. En 2024 el Ministerio de Seguridad aún pedía llamar al 104.",
        "911 has been the single number since December 2019, but police 104, fire 103, SINAPROC 335 and 311 were still in use in 2020. In 2024 the security ministry still asked people to call 104.",
    ),
    "pa-gbv-1": (
        "Ministry of Women line 182",
        "Para denuncias y ayuda ante cualquier violencia. La ONPAR dice que denunciar violencia no afecta una solicitud de refugio.",
        "For complaints and help with any violence. ONPAR says reporting violence does not affect a refugee application.",
    ),
    "pa-trafficking-1": (
        "Anti-Trafficking Office",
        "Lo atiende el Ministerio de Seguridad; el 104 es la Policía Nacional. También se puede denunciar sin nombre en www.tupista.org; los números de 2021 (516-28-46 y 6977-1941) pueden ya no funcionar.",
        "Run by the Ministry of Public Security; 104 is the National Police. Anonymous reports also at www.tupista.org; the 2021 numbers (516-28-46 and 6977-1941) may no longer work.",
    ),
    "pa-migration-1": (
        "National Migration Service",
        "Tiene las Estaciones de Recepción Migratoria (ERM) en Darién. No encontramos una línea general de ayuda.",
        "It runs the migrant reception stations (ERM) in Darién. No general help line was found.",
    ),
    "pa-asylum-1": (
        "National Office for Refugee Attention",
        "Pide refugio dentro de 6 meses después de entrar; se acepta de palabra y todo es gratis. Los teléfonos y el correo consultasonpar@mingob.gob.pa son de 2020.",
        "Apply within 6 months of entry; oral applications are accepted and everything is free. The phones and email consultasonpar@mingob.gob.pa are from 2020.",
    ),
    "pa-women-1": (
        "Ministry of Women",
        "Tiene 17 Centros de Atención Integral (CAI) en el país. Textos antiguos lo llaman INAMU.",
        "It has 17 comprehensive care centres (CAI) in the country. Older texts call it INAMU.",
    ),
    "pa-child-1": (
        "National Secretariat for Children",
        "Denuncias confidenciales; tiene una unidad para niñas y niños migrantes, apátridas y refugiados (2022).",
        "Confidential reports; it has a unit for migrant, stateless and refugee children (2022).",
    ),
    "pa-un-1": (
        "UNHCR Panama",
        "«Confía en el Tucán» (Facebook y TikTok) da información verificada sobre el Darién. No encontramos su teléfono.",
        "'Confía en el Tucán' (Facebook and TikTok) gives verified information about the Darién. No phone number was found.",
    ),
    "pa-ombudsperson-1": (
        "Ombudsman's Office (Defensoría del Pueblo)",
        "El 127 es gratuito; el 6670-2222 es de WhatsApp. Los números vienen de una sola fuente secundaria de 2021.",
        "127 is free; 6670-2222 is WhatsApp. The numbers come from a single secondary source from 2021.",
    ),
    # ---------------- DO
    "do-emergency-1": (
        "National Emergency and Security System",
        "La Línea Vida está conectada con el 9-1-1.",
        "Línea Vida is connected to 9-1-1.",
    ),
    "do-gbv-1": (
        "Línea Vida",
        "La atiende la Procuraduría General (fiscalía), sin dar tu nombre: apoyo psicológico y legal y rescate para mujeres y sus hijas e hijos. Pasó del 809-200-1202 al *211 (anunciado el 2025-11-25); CONANI aún daba el 809-200-1202 en agosto y septiembre de 2025 y no sabemos si sigue funcionando.",
        "Run by the Attorney General's office (prosecutors); anonymous, with psychological and legal help and rescue for women and their children. It moved from 809-200-1202 to *211 (announced 2025-11-25); CONANI still gave 809-200-1202 in Aug–Sep 2025, and whether it still works is unknown.",
    ),
    "do-gbv-2": (
        "Ministry of Women emergency line",
        "Sus unidades de rescate llevan a mujeres y niños a casas de acogida confidenciales. En 2018 el *212 era solo para clientes de Claro y se publicaban el 809-689-7212 y el 809-200-7212; una fuente de 2025 da el *212.",
        "Its rescue units take women and children to confidential shelters. In 2018 *212 was for Claro customers only and 809-689-7212 and 809-200-7212 were published; a 2025 source gives *212.",
    ),
    "do-migration-1": (
        "General Directorate of Migration",
        "Sede en Santo Domingo, donde también está la oficina de refugiados (ONR). No encontramos su teléfono.",
        "Headquarters in Santo Domingo, which also houses the refugee office (ONR). No phone number was found.",
    ),
    "do-asylum-1": (
        "National Refugee Office",
        "Pide refugio dentro de 15 días después de entrar, solo en la ONR en Santo Domingo (en aeropuertos, puertos y fronteras puedes decir que quieres pedirlo). Las fuentes no coinciden: el documento se renueva cada 30 días (preguntas frecuentes de ACNUR en español, sin fecha) o vale 60 días (página de ACNUR en inglés, sin fecha).",
        "Apply within 15 days of entry, only at ONR in Santo Domingo (you can state your intent at airports, ports and borders). Sources differ: the document is renewed every 30 days (UNHCR Spanish FAQ, undated) or is valid for 60 days (UNHCR English page, undated).",
    ),
    "do-women-1": (
        "Ministry of Women",
        "Tiene 52 oficinas provinciales y municipales con asistencia legal gratis (2018) y casas de acogida. En 2018 el *212 era solo para clientes de Claro, con los fijos 809-689-7212 y 809-200-7212; una fuente de 2025 da el *212 como línea del Ministerio.",
        "It has 52 provincial and municipal offices with free legal aid (2018) and shelters. In 2018 *212 was for Claro customers only, with landlines 809-689-7212 and 809-200-7212; a 2025 source gives *212 as the Ministry's line.",
    ),
    "do-child-1": (
        "National Council for Children",
        "Acepta denuncias sin nombre. CONANI daba la Línea Vida 809-200-1202 en agosto de 2025, pero la línea pasó al *211 en noviembre de 2025.",
        "Anonymous reports are accepted. CONANI gave Línea Vida 809-200-1202 in August 2025, but the line moved to *211 in November 2025.",
    ),
    "do-un-1": (
        "UNHCR Dominican Republic",
        "ACNUR tiene una persona de referencia para sobrevivientes de violencia de género (contacto a través de ACNUR). No encontramos su teléfono.",
        "UNHCR has a focal point for survivors of gender-based violence (contact through UNHCR). No phone number was found.",
    ),
    "do-ombudsperson-1": (
        "Ombudsman (Defensor del Pueblo)",
        "Recibe quejas en persona, por teléfono, WhatsApp, correo, web o redes sociales, y en puntos de las oficinas de la DGII (Galería 360, Santo Domingo; Santiago). No encontramos su número.",
        "Complaints in person, by phone, WhatsApp, email, web or social media, and at points in DGII offices (Galería 360, Santo Domingo; Santiago). No number was found.",
    ),
    # ---------------- BZ
    "bz-emergency-1": (
        "Police / emergency",
        "Solo fuentes débiles (un blog de 2013, un sitio no oficial, noticias antiguas) dan el 911 y «posiblemente el 90». Hay que confirmarlo con el Departamento de Policía de Belice.",
        "Only weak sources (a 2013 blog, an unofficial site, old news) give 911 and 'possibly 90'. It needs confirming with the Belize Police Department.",
    ),
    "bz-trafficking-1": (
        "Anti-Trafficking in Persons Council",
        "No encontramos una línea contra la trata; el consejo depende del Ministerio de Desarrollo Humano.",
        "No trafficking hotline was found; the council is part of the Ministry of Human Development.",
    ),
    "bz-migration-1": (
        "Department of Immigration",
        "Una sola fuente débil: hay que confirmarlo. Oficinas en Mountain View Boulevard, Belmopan, y Mahogany Street Ext., Ciudad de Belice; lunes a jueves de 8:00 a 17:00 y viernes de 8:00 a 16:30.",
        "Single weak source: needs confirming. Offices on Mountain View Boulevard, Belmopan, and Mahogany Street Ext., Belize City; Mon–Thu 8:00–17:00, Fri 8:00–16:30.",
    ),
    "bz-asylum-1": (
        "Refugees Department",
        "Se pide en persona en Belmopan; en la frontera di que quieres asilo y migración te remite, sin necesidad de pasaporte. Plazo de 14 días después de entrar (ACNUR, 2019) y no se puede trabajar legalmente mientras tanto.",
        "Apply in person in Belmopan; at the border say you want asylum and immigration refers you, no passport needed. Deadline 14 days after entry (UNHCR, 2019), and no legal work while the claim is pending.",
    ),
    "bz-women-1": (
        "Women's Department",
        "Hay oficiales de Desarrollo de Género en los distritos (por ejemplo en San Pedro). No encontramos su teléfono.",
        "Gender Development Officers work in the districts (e.g. San Pedro). No phone number was found.",
    ),
    "bz-child-1": (
        "Department of Human Services",
        "Agencia legal de protección de la niñez; recibe a niñas y niños no acompañados que piden asilo. No encontramos su teléfono.",
        "The statutory child-protection agency; it receives unaccompanied asylum-seeking children. No phone number was found.",
    ),
    "bz-un-1": (
        "UNHCR Belize",
        "Centro de recursos para refugiados en Benque Viejo, cerca de la frontera con Guatemala (2019). Organizaciones aliadas: Help for Progress, Humana y la Comisión de Derechos Humanos de Belice.",
        "Refugee Resource Centre in Benque Viejo, near the Guatemalan border (2019). Partners: Help for Progress, Humana and the Human Rights Commission of Belize.",
    ),
    "bz-ombudsperson-1": (
        "Office of the Ombudsman",
        "Recibe quejas, también sobre la policía y migración. Teléfonos del informe anual de 2012; 91 Freetown Road (segundo piso), Ciudad de Belice; correo ombudsman@btl.net.",
        "It takes complaints, including about police and immigration. Phones from the 2012 annual report; 91 Freetown Road (second floor), Belize City; email ombudsman@btl.net.",
    ),
}

# Conflicts table of contacts-notes.md: row number -> affected ids and the strings each note
# must contain (in both languages) so that both versions reach the reader.
CONFLICTS: dict[int, tuple[list[str], list[str]]] = {
    1: (["us-child-1"], ["1-800-422-2253", "1-800-422-4453"]),
    2: (["cr-gbv-1", "cr-women-1"], ["2527-3761", "2727-3761", "2020"]),
    3: (["do-gbv-1", "do-child-1"], ["*211", "809-200-1202", "2025"]),
    4: (["do-gbv-2", "do-women-1"], ["*212", "809-689-7212", "809-200-7212", "2018", "2025"]),
    5: (["ni-gbv-1", "ni-trafficking-1", "ni-women-1"], ["133", "2012"]),
    6: (["mx-un-1"], ["Tapachula", "Comitán", "2025"]),
    7: (["cr-migration-1", "cr-asylum-1"], ["1311", "22998099"]),
    8: (["do-asylum-1"], ["30", "60"]),
    9: (["us-migration-1"], ["8 p", "6 p"]),
    10: (["hn-ombudsperson-1"], ["9581-1846", "132", "2026", "2017"]),
    11: (["gt-emergency-1"], ["110", "110-120", "2025", "2024"]),
    12: (["pa-emergency-1"], ["911", "104", "2019", "2020", "2024"]),
    13: (["bz-emergency-1"], ["911", "90"]),
    14: (["ca-gbv-2"], ["200", "154"]),
    15: (["us-asylum-1"], ["I-589", "50"]),
    16: (["ca-emergency-1"], ["911", "2020"]),
}

# --------------------------------------------------------------------------------------------
# Output helpers
# --------------------------------------------------------------------------------------------


def q(s: str) -> str:
    """TOML basic string."""
    return json.dumps(s, ensure_ascii=False)


def ftl_text(s: str) -> str:
    s = " ".join(s.split())
    return s.replace("{", "{\"{\"}").replace("}", "{\"}\"}") if ("{" in s or "}" in s) else s


def main(argv: list[str]) -> int:
    # an explicit path is taken as given (relative to the current directory); the default is
    # relative to the repository root
    research_path = (Path(argv[1]) if len(argv) > 1 else REPO / DEFAULT_RESEARCH).resolve()
    with open(research_path, "rb") as f:
        data = tomllib.load(f)
    entries = data["contact"]

    out: "OrderedDict[str, list[dict]]" = OrderedDict((cc, []) for cc in COUNTRIES)
    counters: Counter = Counter()
    skipped: list[str] = []
    phone_review: list[tuple[str, str, str | None, str, list[str]]] = []
    dropped_urls: list[tuple[str, str]] = []
    ids_seen: set[str] = set()
    problems: list[str] = []

    conflict_ids = {cid: row for row, (ids, _) in CONFLICTS.items() for cid in ids}

    for c in entries:
        cc = c["country"]
        if cc not in out:
            problems.append(f"unknown country {cc!r} ({c['name_en']})")
            continue
        if c["status"] == "not_found":
            skipped.append(f"{cc} {c['kind']}: {c['name_en']}")
            continue
        if c["status"] not in ("verified", "partial"):
            problems.append(f"unknown status {c['status']!r} ({c['name_en']})")
            continue
        short = KIND_SHORT[c["kind"]]
        counters[(cc, short)] += 1
        cid = f"{cc.lower()}-{short}-{counters[(cc, short)]}"
        assert re.fullmatch(r"[a-z0-9-]+", cid) and cid not in ids_seen, cid
        ids_seen.add(cid)

        phones = []
        first = True
        for text in c["phones"]:
            tel, remarks = phone_to_tel(text)
            if tel is None:
                phone_review.append((cid, text, None, "-", remarks))
                continue
            if not tel_is_read_from(tel, text):
                problems.append(f"{cid}: tel {tel!r} is not read from {text!r}")
            label = phone_label(text, first)
            first = False
            phones.append({"number": text, "tel": tel, "label": label})
            phone_review.append((cid, text, tel, label, remarks))
        first_tel = phones[0]["tel"] if phones else None

        operator = infer_operator(c, first_tel)
        operator_reason = None
        if cid in OPERATOR_OVERRIDES:
            new, operator_reason = OPERATOR_OVERRIDES[cid]
            operator_reason = f"{operator} -> {new}: {operator_reason}"
            operator = new

        urls = []
        for u in c["source_urls"]:
            if u.startswith("http"):
                urls.append(u)
            else:
                dropped_urls.append((cid, u))
        if not urls:
            problems.append(f"{cid}: no source URL")

        rec = {
            "id": cid,
            "kind": c["kind"],
            "operator": operator,
            "situations": SITUATIONS_BY_KIND[c["kind"]],
            "phones": phones,
            "free": norm_free(c["free"]),
            "hours": norm_hours(c["hours"], first_tel),
            "website": norm_website(c["website"]),
            "confidence": c["confidence"],
            "status": STATUS_OVERRIDES[cid][0] if cid in STATUS_OVERRIDES else c["status"],
            "source_urls": urls,
            "source_date": norm_source_date(c["source_date"]),
            "source_date_note": c["source_date"],
            "note": cid in NOTES,
            "conflict": cid in conflict_ids,
            # for the summary and the message files
            "_name_es": clean_name(c["name_es"]),
            "_name_en": clean_name(c["name_en"]),
            "_research_hours": c["hours"],
            "_research_free": c["free"],
            "_operator_reason": operator_reason,
            "_has_sms": bool(c.get("sms_or_chat")),
        }
        assert all(s in SITUATION_IDS for s in rec["situations"])
        if cid in NOTES:
            prefix = NOTES[cid][0]
            if not c["name_en"].startswith(prefix):
                problems.append(f"{cid}: note is for {prefix!r} but the entry is {c['name_en']!r}")
        if rec["hours"] == "limited" and not rec["note"]:
            problems.append(f"{cid}: hours limited ({c['hours']!r}) but no note")
        if rec["_has_sms"] and not rec["note"]:
            problems.append(f"{cid}: has sms_or_chat but no note")
        out[cc].append(rec)

    for cid in NOTES:
        if cid not in ids_seen:
            problems.append(f"note for unknown id {cid}")
    for row, (ids, must) in CONFLICTS.items():
        for cid in ids:
            if cid not in NOTES:
                problems.append(f"conflict {row}: {cid} has no note")
                continue
            for lang_i, lang in ((1, "es"), (2, "en")):
                for m in must:
                    if m not in NOTES[cid][lang_i]:
                        problems.append(f"conflict {row}: note {lang} of {cid} lacks {m!r}")
    for cc, recs in out.items():
        if not any(r["kind"] == "emergency" for r in recs):
            problems.append(f"{cc}: no emergency contact")

    if problems:
        print("PROBLEMS:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1

    write_outputs(out, research_path)
    print_summary(out, skipped, phone_review, dropped_urls, research_path)
    return 0


def write_outputs(out, research_path: Path) -> None:
    cdir = REPO / "content" / "contacts"
    cdir.mkdir(parents=True, exist_ok=True)
    for cc, recs in out.items():
        lines = [
            f"# Contacts for {cc}. Generated by tools/import_contacts.py from the desk research",
            "# (contacts-research.toml, contacts-notes.md). Names and notes: locales/*/contacts.ftl.",
            "# source_date_note keeps the research's own date text; conflict = true marks the",
            "# conflicts table of contacts-notes.md (the note gives both versions).",
            "",
        ]
        for r in recs:
            lines.append("[[contact]]")
            lines.append(f"id = {q(r['id'])}")
            lines.append(f"kind = {q(r['kind'])}")
            lines.append(f"operator = {q(r['operator'])}")
            lines.append("situations = [" + ", ".join(q(s) for s in r["situations"]) + "]")
            if not r["phones"]:
                lines.append("phones = []")
            elif len(r["phones"]) == 1:
                p = r["phones"][0]
                lines.append(
                    f"phones = [ {{ number = {q(p['number'])}, tel = {q(p['tel'])}, label = {q(p['label'])} }} ]"
                )
            else:
                lines.append("phones = [")
                for p in r["phones"]:
                    lines.append(
                        f"  {{ number = {q(p['number'])}, tel = {q(p['tel'])}, label = {q(p['label'])} }},"
                    )
                lines.append("]")
            lines.append(f"free = {q(r['free'])}")
            lines.append(f"hours = {q(r['hours'])}")
            if r["website"]:
                lines.append(f"website = {q(r['website'])}")
            lines.append(f"confidence = {q(r['confidence'])}")
            lines.append(f"status = {q(r['status'])}")
            if len(r["source_urls"]) == 1:
                lines.append(f"source_urls = [{q(r['source_urls'][0])}]")
            else:
                lines.append("source_urls = [")
                for u in r["source_urls"]:
                    lines.append(f"  {q(u)},")
                lines.append("]")
            lines.append(f"source_date = {q(r['source_date'])}")
            lines.append(f"source_date_note = {q(r['source_date_note'])}")
            if r["note"]:
                lines.append("note = true")
            if r["conflict"]:
                lines.append("conflict = true")
            lines.append("")
        (cdir / f"{cc}.toml").write_text("\n".join(lines), encoding="utf-8")

    for lang, idx in (("es", 1), ("en", 2)):
        ldir = REPO / "locales" / lang
        ldir.mkdir(parents=True, exist_ok=True)
        lines = [
            "## Contact names and notes. Generated by tools/import_contacts.py from the desk research;",
            "## notes use only facts from contacts-research.toml and contacts-notes.md.",
            "",
        ]
        for cc, recs in out.items():
            lines.append(f"## {cc}")
            for r in recs:
                name = r["_name_es"] if lang == "es" else r["_name_en"]
                lines.append(f"contact-{r['id']}-name = {ftl_text(name)}")
                if r["note"]:
                    lines.append(f"contact-{r['id']}-note = {ftl_text(NOTES[r['id']][idx])}")
            lines.append("")
        (ldir / "contacts.ftl").write_text("\n".join(lines), encoding="utf-8")


def print_summary(out, skipped, phone_review, dropped_urls, research_path: Path) -> None:
    allrecs = [r for recs in out.values() for r in recs]
    print(f"Read {research_path}")
    print(f"Imported {len(allrecs)} contacts; skipped {len(skipped)} with status not_found:")
    for s in skipped:
        print(f"  - {s}")
    print("\nPer country (entries / visible to women = verified + high|medium / emergency entries):")
    for cc, recs in out.items():
        vis = sum(1 for r in recs if r["status"] == "verified" and r["confidence"] in ("high", "medium"))
        em = [r for r in recs if r["kind"] == "emergency"]
        em_vis = sum(1 for r in em if r["status"] == "verified" and r["confidence"] in ("high", "medium"))
        print(f"  {cc}: {len(recs):3d} / {vis:3d} visible / {len(em)} emergency ({em_vis} visible)")
    print("\nBy status x confidence:")
    cnt = Counter((r["status"], r["confidence"]) for r in allrecs)
    for st in ("verified", "partial"):
        print(f"  {st:9s}: " + ", ".join(f"{cf} {cnt[(st, cf)]}" for cf in ("high", "medium", "low")))
    vis = sum(1 for r in allrecs if r["status"] == "verified" and r["confidence"] in ("high", "medium"))
    print(f"  visible to women: {vis}; official view only: {len(allrecs) - vis}")
    print("\nOperators:", dict(sorted(Counter(r["operator"] for r in allrecs).items())))
    for r in allrecs:
        print(f"  {r['id']:22s} {r['operator']:13s} {r['_name_en'][:70]}")
    print("\nOperator overrides:")
    for r in allrecs:
        if r["_operator_reason"]:
            print(f"  {r['id']}: {r['_operator_reason']}")
    print("\nStatus overrides:")
    for cid, (st, why) in STATUS_OVERRIDES.items():
        print(f"  {cid}: -> {st}: {why}")
    print("\nHours (research text -> value):")
    for r in allrecs:
        print(f"  {r['id']:22s} {r['hours']:10s} <- {r['_research_hours']!r}")
    print("\nFree (research text -> value):")
    for r in allrecs:
        print(f"  {r['id']:22s} {r['free']:10s} <- {r['_research_free']!r}")
    print("\nSource dates (research text -> value):")
    for r in allrecs:
        print(f"  {r['id']:22s} {r['source_date']:10s} <- {r['source_date_note']!r}")
    print("\nPhones (number -> tel [label]; remarks):")
    for cid, text, tel, label, remarks in phone_review:
        tail = f"  ; {'; '.join(remarks)}" if remarks else ""
        print(f"  {cid:22s} {text!r} -> {tel if tel else 'SKIPPED'} [{label}]{tail}")
    print("\nConflicts flagged (contacts-notes.md table):")
    for row, (ids, _) in CONFLICTS.items():
        print(f"  {row:2d}: {', '.join(ids)}")
    if dropped_urls:
        print("\nNon-URL text in source_urls, not copied:")
        for cid, u in dropped_urls:
            print(f"  {cid}: {u!r}")
    notes = sum(1 for r in allrecs if r["note"])
    print(f"\nNotes: {notes} contacts have contact-<id>-note in es and en.")
    print("Wrote content/contacts/{" + ",".join(out) + "}.toml, locales/es/contacts.ftl, locales/en/contacts.ftl")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
