"""A Claim 169 decoder that this project did not write (MOSIP's `claim169` from PyPI, in the
.venv that scripts/setup.sh makes), for the tests: reads one JSON request on standard input and
writes one JSON answer.

- {"decode": TOKEN, "x": BASE64URL}: the token decoded and its signature verified with that
  Ed25519 public key; the identity claims, the CWT's issuer and the key id.
- {"sign": {...claims}}: a token of those claims signed by a key made now (a key the service
  never had): what a forger would print.
"""
import base64
import json
import os
import sys

import claim169

request = json.load(sys.stdin)
if "decode" in request:
    x = request["x"]
    key = base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))
    result = claim169.decode_with_ed25519(request["decode"], key, validate_timestamps=False)
    json.dump(
        {
            "verified": result.is_verified(),
            "status": str(result.verification_status),
            "algorithm": str(result.algorithm),
            "kid": (result.key_id or b"").decode(),
            "issuer": result.cwt_meta.issuer,
            "issuedAt": result.cwt_meta.issued_at,
            "claims": result.claim169.to_dict(),
        },
        sys.stdout,
        ensure_ascii=False,
    )
else:
    claims = claim169.Claim169Input()
    for name, value in request["sign"].items():
        setattr(claims, name, value)
    meta = claim169.CwtMetaInput(issuer="https://forged.example")
    json.dump({"token": claim169.encode_with_ed25519(claims, meta, os.urandom(32))}, sys.stdout)
