#!/usr/bin/env python3
"""Writes tests/vectors/mrz.json: the MRZ vectors shared by the Rust and the JS tests.

An independent implementation of ICAO Doc 9303's check digits (parts 3-6: weights 7, 3, 1;
0-9 as themselves, A-Z as 10-35, < as 0; sum mod 10) and layouts, written from the standard's
description in shared/domain.md 6.6, not from src/. The three ICAO specimens (Anna Maria
Eriksson of Utopia) are reproduced as the standard prints them and their digits re-checked here;
every other zone is synthetic, built by `td3`/`td2`/`td1` below with computed check digits, and
broken copies change one character each.
Run: python3 tests/vectors/make_mrz_vectors.py > tests/vectors/mrz.json
"""
import json
import sys

TODAY = "2026-12-02"


def cd(s):
    v = lambda c: int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
    return str(sum(v(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def pad(s, n):
    assert len(s) <= n, s
    return s + "<" * (n - len(s))


def name_field(surname, given, n):
    """Names as ICAO writes them, cut short at the field's width."""
    return pad((surname.replace(" ", "<") + "<<" + given.replace(" ", "<"))[:n], n)


def td3(code, state, surname, given, number, nat, dob, sex, exp, personal=""):
    l1 = pad(code, 2) + pad(state, 3) + name_field(surname, given, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pcd = cd(pers) if personal else "<"
    body = num + cd(num) + pad(nat, 3) + dob + cd(dob) + sex + exp + cd(exp) + pers + pcd
    comp = body[0:10] + body[13:20] + body[21:43]
    return [l1, body + cd(comp)]


def td2(code, state, surname, given, number, nat, dob, sex, exp, optional=""):
    l1 = pad(code, 2) + pad(state, 3) + name_field(surname, given, 31)
    num = pad(number, 9)
    body = num + cd(num) + pad(nat, 3) + dob + cd(dob) + sex + exp + cd(exp) + pad(optional, 7)
    comp = body[0:10] + body[13:20] + body[21:35]
    return [l1, body + cd(comp)]


def td1(code, state, number, dob, sex, exp, nat, surname, given, opt1="", opt2=""):
    if len(number) > 9:  # parts 5: the number goes on in the optional data, then its digit
        l1 = pad(code, 2) + state + number[:9] + "<" + pad(number[9:] + cd(number) + opt1, 15)
    else:
        num = pad(number, 9)
        l1 = pad(code, 2) + state + num + cd(num) + pad(opt1, 15)
    l2 = dob + cd(dob) + sex + exp + cd(exp) + pad(nat, 3) + pad(opt2, 11)
    comp = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
    return [l1, l2 + cd(comp), name_field(surname, given, 30)]


def flip(lines, line, pos):
    """The zone with one character changed: a digit moved on by one, anything else made 1 (not 0:
    a filler < and a 0 both count 0, the blind spot of ICAO's check digits)."""
    out = list(lines)
    s = out[line]
    c = s[pos]
    new = str((int(c) + 1) % 10) if c.isdigit() else "1"
    out[line] = s[:pos] + new + s[pos + 1:]
    return out


SPEC_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
SPEC_TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
SPEC_TD2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"]
# The specimens' digits, recomputed: if ICAO's printed zones and this script disagreed, stop.
assert td3("P", "UTO", "ERIKSSON", "ANNA MARIA", "L898902C3", "UTO", "740812", "F", "120415", "ZE184226B") == SPEC_TD3
assert td1("I", "UTO", "D23145890", "740812", "F", "120415", "UTO", "ERIKSSON", "ANNA MARIA") == SPEC_TD1
assert td2("I", "UTO", "ERIKSSON", "ANNA MARIA", "D23145890", "UTO", "740812", "F", "120415") == SPEC_TD2

ERIKSSON = {
    "surnameLatin": "ERIKSSON", "givenNameLatin": "ANNA MARIA", "birthDate": "1974-08-12", "sex": "female",
    "citizenship": "UTO", "documentExpiryDate": "2012-04-15", "documentIssuingCountry": "UTO",
}

valid = [
    ("icao-td3-specimen", "ICAO 9303 part 4 specimen passport", "\n".join(SPEC_TD3), "td3",
     dict(ERIKSSON, documentType="passport", documentNumber="L898902C3"), {"optionalData": "ZE184226B"}),
    ("icao-td1-specimen", "ICAO 9303 part 5 specimen identity card", "\n".join(SPEC_TD1), "td1",
     dict(ERIKSSON, documentType="identity_card", documentNumber="D23145890"), {}),
    ("icao-td2-specimen", "ICAO 9303 part 6 specimen", "\n".join(SPEC_TD2), "td2",
     dict(ERIKSSON, documentType="identity_card", documentNumber="D23145890"), {}),
    ("reader-crlf-spaces-lowercase", "the TD3 specimen as a reader may type it: CRLF, stray spaces, a trailing newline, lower case",
     " " + SPEC_TD3[0][:20].lower() + " " + SPEC_TD3[0][20:] + "\r\n" + SPEC_TD3[1] + " \r\n", "td3",
     dict(ERIKSSON, documentType="passport", documentNumber="L898902C3"), {}),
    ("one-line", "the TD3 specimen typed without a line break (88 characters)", "".join(SPEC_TD3), "td3",
     dict(ERIKSSON, documentType="passport", documentNumber="L898902C3"), {}),
    ("cr-only", "the TD1 specimen with bare CR line endings", "\r".join(SPEC_TD1), "td1",
     dict(ERIKSSON, documentType="identity_card", documentNumber="D23145890"), {}),
]

german = td3("P", "D", "MUSTERMANN", "ERIKA", "C01X00T47", "D", "830812", "F", "310801")
valid.append(("germany-d", "synthetic German passport: the state code D is DEU", "\n".join(german), "td3",
              {"surnameLatin": "MUSTERMANN", "givenNameLatin": "ERIKA", "birthDate": "1983-08-12", "sex": "female",
               "citizenship": "DEU", "documentType": "passport", "documentNumber": "C01X00T47",
               "documentExpiryDate": "2031-08-01", "documentIssuingCountry": "DEU"}, {}))
russian = td3("P", "RUS", "IVANOVA PETROVA", "IULIIA", "751234567", "RUS", "040229", "<", "330115")
valid.append(("russia-two-surnames", "synthetic Russian passport: two-word surname, born on 29 February 2004 (so the 2000s), sex unspecified", "\n".join(russian), "td3",
              {"surnameLatin": "IVANOVA PETROVA", "givenNameLatin": "IULIIA", "birthDate": "2004-02-29",
               "citizenship": "RUS", "documentType": "passport", "documentNumber": "751234567",
               "documentExpiryDate": "2033-01-15", "documentIssuingCountry": "RUS"}, {}))
stateless = td3("P", "DEU", "NOVAK", "", "X12345678", "XXA", "991231", "M", "290630")
valid.append(("stateless-no-given-name", "synthetic stateless person's travel document (nationality XXA), one name only", "\n".join(stateless), "td3",
              {"surnameLatin": "NOVAK", "birthDate": "1999-12-31", "sex": "male", "citizenship": "XXA",
               "documentType": "stateless_travel_document", "documentNumber": "X12345678",
               "documentExpiryDate": "2029-06-30", "documentIssuingCountry": "DEU"}, {}))
unknown_dob = td3("P", "AFG", "KARIMI", "AHMAD", "P01234567", "AFG", "<<<<<<", "M", "280101")
valid.append(("unknown-birth-date", "synthetic passport whose date of birth is unknown (fillers): nothing is filled for it", "\n".join(unknown_dob), "td3",
              {"surnameLatin": "KARIMI", "givenNameLatin": "AHMAD", "sex": "male", "citizenship": "AFG",
               "documentType": "passport", "documentNumber": "P01234567",
               "documentExpiryDate": "2028-01-01", "documentIssuingCountry": "AFG"}, {}))
long_number = td1("ID", "FRA", "X4RTBPFW46T", "900101", "M", "300101", "FRA", "MARTIN", "PAUL")
valid.append(("td1-long-number", "synthetic identity card whose 11-character number goes on in the optional data", "\n".join(long_number), "td1",
              {"surnameLatin": "MARTIN", "givenNameLatin": "PAUL", "birthDate": "1990-01-01", "sex": "male",
               "citizenship": "FRA", "documentType": "identity_card", "documentNumber": "X4RTBPFW46T",
               "documentExpiryDate": "2030-01-01", "documentIssuingCountry": "FRA"}, {}))
truncated = td3("P", "ESP", "GARCIA DE LA SERNA FERNANDEZ", "MARIA DEL CARMEN", "AAA000001", "ESP", "850315", "F", "300101")
valid.append(("names-cut-short", "synthetic passport whose names fill the whole field (they may have been cut short)", "\n".join(truncated), "td3",
              {"surnameLatin": "GARCIA DE LA SERNA FERNANDEZ", "givenNameLatin": "MARIA DEL", "birthDate": "1985-03-15", "sex": "female",
               "citizenship": "ESP", "documentType": "passport", "documentNumber": "AAA000001",
               "documentExpiryDate": "2030-01-01", "documentIssuingCountry": "ESP"}, {"namesTruncated": True}))

invalid = [
    ("empty", "nothing but white space", " \r\n\t", [{"code": "mrz_empty"}]),
    ("one-line-short", "one TD3 line only", SPEC_TD3[0], [{"code": "mrz_format"}]),
    ("line-too-short", "the second line lost a character", SPEC_TD3[0] + "\n" + SPEC_TD3[1][:-1], [{"code": "mrz_format"}]),
    ("mixed-widths", "a TD3 line and a TD2 line", SPEC_TD3[0] + "\n" + SPEC_TD2[1], [{"code": "mrz_format"}]),
    ("four-lines", "the TD1 specimen and one more line", "\n".join(SPEC_TD1 + [SPEC_TD1[2]]), [{"code": "mrz_format"}]),
    ("garbage", "prose", "Hello, world!", [{"code": "mrz_character", "line": 1, "position": 6}]),
    ("markup", "markup in a line of the right length", "<script>alert(1)</script>" + "<" * 19 + "\n" + SPEC_TD3[1],
     [{"code": "mrz_character", "line": 1, "position": 8}]),
    ("cyrillic-letter", "a Cyrillic С (U+0421) read for a Latin C", SPEC_TD3[0] + "\n" + SPEC_TD3[1].replace("C", "\u0421", 1),
     [{"code": "mrz_character", "line": 2, "position": 8}]),
    ("visa", "a visa's zone (MRV-A, document code V)", "\n".join(td3("V", "UTO", "ERIKSSON", "ANNA MARIA", "L8988901C", "XXX", "400907", "F", "961210")),
     [{"code": "mrz_visa"}]),
    ("impossible-birth-date", "synthetic TD3 with the date of birth 31 February (check digits right)",
     "\n".join(td3("P", "UTO", "ERIKSSON", "ANNA", "L898902C3", "UTO", "740231", "F", "300415")),
     [{"code": "mrz_date", "field": "birthDate"}]),
    ("impossible-expiry", "synthetic TD3 expiring in month 13 (check digits right)",
     "\n".join(td3("P", "UTO", "ERIKSSON", "ANNA", "L898902C3", "UTO", "740812", "F", "301315")),
     [{"code": "mrz_date", "field": "documentExpiryDate"}]),
]
# Each check digit of each specimen broken in turn, then a protected character broken instead.
for name, lines, line, pos, field in [
    ("td3-number", SPEC_TD3, 1, 9, "documentNumber"),
    ("td3-birth", SPEC_TD3, 1, 19, "birthDate"),
    ("td3-expiry", SPEC_TD3, 1, 27, "documentExpiryDate"),
    ("td3-optional", SPEC_TD3, 1, 42, "optionalData"),
    ("td3-composite", SPEC_TD3, 1, 43, "composite"),
    ("td2-number", SPEC_TD2, 1, 9, "documentNumber"),
    ("td2-birth", SPEC_TD2, 1, 19, "birthDate"),
    ("td2-expiry", SPEC_TD2, 1, 27, "documentExpiryDate"),
    ("td2-composite", SPEC_TD2, 1, 35, "composite"),
    ("td1-number", SPEC_TD1, 0, 14, "documentNumber"),
    ("td1-birth", SPEC_TD1, 1, 6, "birthDate"),
    ("td1-expiry", SPEC_TD1, 1, 14, "documentExpiryDate"),
    ("td1-composite", SPEC_TD1, 1, 29, "composite"),
]:
    broken = flip(lines, line, pos)
    invalid.append((f"{name}-check-digit", f"the {field} check digit of the specimen changed", "\n".join(broken),
                    [{"code": "mrz_check_digit", "field": field, "expected": int(lines[line][pos])}]))
for name, lines, line, pos, field in [
    ("td3-number-misread", SPEC_TD3, 1, 3, "documentNumber"),
    ("td3-birth-misread", SPEC_TD3, 1, 18, "birthDate"),
    ("td1-optional-misread", SPEC_TD1, 0, 20, "composite"),
]:
    broken = flip(lines, line, pos)
    invalid.append((name, f"one character of the specimen misread (line {line + 1}, position {pos + 1})", "\n".join(broken),
                    [{"code": "mrz_check_digit", "field": field}]))

cases = []
for name, note, text, fmt, fields, extra in valid:
    cases.append({"name": name, "note": note, "text": text, "valid": True, "format": fmt, "fields": fields, **extra})
for name, note, text, errors in invalid:
    cases.append({"name": name, "note": note, "text": text, "valid": False, "errors": errors})
sys.stdout.write(json.dumps({"today": TODAY, "about": "see README.md and make_mrz_vectors.py", "cases": cases}, ensure_ascii=False, indent=1) + "\n")
