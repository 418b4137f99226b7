#!/usr/bin/env python3
"""Writes tests/vectors/iin.json: the IIN/BIN vectors shared by the Rust and the JS tests.

This is an independent implementation of the rules, written from the seed text
(003_2fa9aad470411f5b.txt) and the compaction rules in README.md, not from src/. It shares no
code with the crate, so a vector that both agree on was computed twice, in two languages.
Run: python3 tests/vectors/make_iin_vectors.py > tests/vectors/iin.json
"""
import json
import unicodedata

W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
MAX_CHARS = 1024

# Unicode White_Space (PropList.txt), hyphens/dashes/minus, full stops, invisible format marks.
WHITE_SPACE = set(range(0x09, 0x0E)) | {0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000} | set(range(0x2000, 0x200B))
DASHES = set(range(0x2010, 0x2016)) | {0x2D, 0x2212, 0xFE58, 0xFE63, 0xFF0D}
STOPS = {0x2E, 0xFF0E, 0x2024}
INVISIBLE = {0xAD, 0x61C, 0x2060, 0xFEFF} | set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202D)) | set(range(0x2066, 0x206A))
SEPARATORS = WHITE_SPACE | DASHES | STOPS | INVISIBLE


def check_digit(d):
    s = sum(a * b for a, b in zip(d, W1)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(d, W2)) % 11
    return None if s == 10 else s


def read(text, n):
    """Returns (digits, None) or (None, error dict), checking in the documented order."""
    digits = []
    for i, ch in enumerate(text):
        if i == MAX_CHARS:
            return None, {"code": "length"}
        cp = ord(ch)
        if cp in SEPARATORS:
            continue
        if unicodedata.category(ch) == "Nd":
            digits.append(unicodedata.decimal(ch))
            continue
        return None, {"code": "invalid_character", "position": i + 1, "character": ch}
    if not digits:
        return None, {"code": "empty"}
    if len(digits) != n:
        return None, {"code": "length", "found": len(digits)}
    return digits, None


def days_in_month(y, m):
    if m in (1, 3, 5, 7, 8, 10, 12):
        return 31
    if m in (4, 6, 9, 11):
        return 30
    if m == 2:
        return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
    return 0


def birth(d):
    century = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}.get(d[6])
    if century is None:
        return None
    y, m, day = century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]
    if not 1 <= day <= days_in_month(y, m):
        return None
    return {"date": f"{y:04}-{m:02}-{day:02}", "sex": "male" if d[6] % 2 else "female"}


def entity(d):
    yy, mm = d[0] * 10 + d[1], d[2] * 10 + d[3]
    out = {}
    if 1 <= mm <= 12:
        out["registered"] = f"{(1900 if yy >= 91 else 2000) + yy:04}-{mm:02}"
    t = {4: "resident", 5: "non_resident", 6: "joint_entrepreneur"}.get(d[4])
    if t:
        out["type"] = t
    div = {0: "head", 1: "branch", 2: "representative_office", 3: "farm", 4: "farm"}.get(d[5])
    if div:
        out["division"] = div
    return out


def validate(text):
    d, err = read(text, 12)
    if err:
        return {"valid": False, **err}
    c = check_digit(d[:11])
    if c is None:
        return {"valid": False, "code": "unissuable"}
    if c != d[11]:
        return {"valid": False, "code": "checksum", "expected": c}
    value = "".join(map(str, d))
    out = {"valid": True, "value": value, "entity": entity(d)}
    b = birth(d)
    if b:
        out["birth"] = b
    return out


def form(base):
    d, err = read(base, 11)
    if err:
        return err
    c = check_digit(d)
    return {"code": "unissuable"} if c is None else {"value": "".join(map(str, d)) + str(c)}


def synthetic(base):
    r = form(base)
    assert "value" in r, (base, r)
    return r["value"]



def main():
    # (input, note). Synthetic IINs are formed here from made-up bases; BINs are public organisations'.
    CASES = [
        ("960340000514", "BIN of the Ministry of Internal Affairs, quoted in seed 000"),
        ("160440007161", "BIN of the State Corporation 'Government for Citizens', quoted in seed 000"),
        ("940140000385", "BIN of Halyk Bank's head office (public requisites)"),
        ("910740000113", "public BIN; the digit-11 blind spot: ...113 and ...123 are both valid"),
        ("910740000123", "public BIN; differs from the previous only in digit 11"),
        ("830717350867", "second weight cycle: the first gives 10 (domain.md §4)"),
        ("061211600012", "second weight cycle"),
        ("961141000023", "second weight cycle, a BIN-shaped number"),
        (synthetic("90010130081"), "synthetic IIN: 1990-01-01, male, second cycle"),
        (synthetic("00022950001"), "synthetic IIN: leap day 2000-02-29, male"),
        (synthetic("88041620025"), "synthetic IIN: 19th century, 1888-04-16, female"),
        (synthetic("99123140012"), "synthetic IIN: 1999-12-31, female"),
        (synthetic("23090160001"), "synthetic IIN: 2023-09-01, female"),
        (synthetic("00022930001"), "synthetic: checksum valid but 1900-02-29 does not exist, so no birth is decoded"),
        (synthetic("95050100512"), "synthetic: digit 7 is 0 (seen on newer IINs): valid, nothing decoded"),
        (synthetic("01010170001"), "synthetic: digit 7 is 7 (reserved): valid, nothing decoded"),
        ("000000000000", "checksum valid, structurally empty: still valid (the rules define no other test)"),
        ("990 140 004 654", "spaces, as people type them"),
        ("9901-4000-4654", "hyphens"),
        ("990.140.004.654", "full stops"),
        ("  990140004654\n", "leading and trailing white space"),
        ("990\u00a0140\u00a0004\u00a0654", "no-break spaces (copied from a web page)"),
        ("990\u2009140\u202f004654", "thin and narrow no-break spaces"),
        ("\ufeff990140004654", "byte-order mark pasted from a file"),
        ("990\u200b140\u200b004\u200b654", "zero-width spaces"),
        ("\u200e990140004654\u200f", "left-to-right and right-to-left marks"),
        ("990\u2013140\u2014004\u2212654", "en dash, em dash, minus sign"),
        ("\uff19\uff19\uff10\uff11\uff14\uff10\uff10\uff10\uff14\uff16\uff15\uff14", "fullwidth digits (Japanese/Chinese input methods)"),
        ("\u0669\u0669\u0660\u0661\u0664\u0660\u0660\u0660\u0664\u0666\u0665\u0664", "Arabic-Indic digits"),
        ("\u06f9\u06f9\u06f0\u06f1\u06f4\u06f0\u06f0\u06f0\u06f4\u06f6\u06f5\u06f4", "Extended Arabic-Indic (Persian) digits"),
        ("\u096f\u096f\u0966\u0967\u096a\u0966\u0966\u0966\u096a\u096c\u096b\u096a", "Devanagari digits"),
        ("\U0001D7D7\U0001D7D7\U0001D7CE\U0001D7CF\U0001D7D2\U0001D7CE\U0001D7CE\U0001D7CE\U0001D7D2\U0001D7D4\U0001D7D3\U0001D7D2", "mathematical bold digits (astral plane)"),
        ("990140004655", "wrong check digit (4 expected)"),
        ("990140004645", "adjacent digits 10 and 11 swapped"),
        ("000813159890", "unissuable: both weight cycles give 10 (domain.md §1.4)"),
        ("821214240092", "unissuable: both weight cycles give 10"),
        ("000813159891", "unissuable, whatever digit 12 is"),
        ("", "empty"),
        ("   ", "only white space"),
        ("- . -", "only separators"),
        ("99014000465", "11 digits"),
        ("9901400046541", "13 digits"),
        ("9" * 1025, "longer than the 1,024-character window: judged on that window"),
        (" " * 1030 + "990140004654", "1,030 spaces first: the window is full before any digit"),
        ("99O140004654", "Latin capital O for a zero"),
        ("99014000465\u0417", "Cyrillic Ze for a 3"),
        ("IIN 990140004654", "a label pasted with the number"),
        ("3\u00b2", "superscript two: numeric but not a decimal digit"),
        ("\u2177", "roman numeral eight"),
        ("\u2471", "circled eighteen"),
        ("\U0001F634", "emoji (astral plane)"),
        ("990140004654\u0301", "combining acute accent after the last digit"),
        ("\u202e456400041099", "right-to-left override: would display the digits reversed"),
        ("990140\ufffd004654", "replacement character (what a lone surrogate becomes)"),
        ("<b>990140004654</b>", "markup"),
        ("990140004654\x00", "NUL byte"),
        ("+990140004654", "plus sign"),
        ("99,0140004654", "comma (not a documented separator)"),
    ]

    FORM = [
        ("99014000465", "the BIN above without its check digit"),
        ("83071735086", "second cycle"),
        ("990 140 00465", "separators allowed"),
        ("00081315989", "unissuable"),
        ("89040231584", "unissuable (fzaninotto/Faker PR #1450)"),
        ("9901400046", "10 digits"),
        ("990140004654", "12 digits"),
        ("9901400046a", "a letter"),
        ("", "empty"),
    ]

    cases = []
    for text, note in CASES:
        cases.append({"input": text, **validate(text), "note": note})
    forms = [{"base": b, **form(b), "note": n} for b, n in FORM]
    doc = {
        "description": "IIN/BIN vectors shared by the Rust tests (tests/iin.rs) and the JS tests (tests/js/). "
                       "Expected values were computed by tests/vectors/make_iin_vectors.py, an independent Python "
                       "implementation of the rules of 003_2fa9aad470411f5b.txt; see tests/vectors/README.md.",
        "cases": cases,
        "form": forms,
    }
    print(json.dumps(doc, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
