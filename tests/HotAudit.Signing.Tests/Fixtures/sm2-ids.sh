#!/usr/bin/env bash
# SM2 signatures with each distinguishing identifier (distid), made by OpenSSL 3 itself (`openssl version`: 3.0.19),
# never by HotAudit's code. OpenSSL 3 signs with an EMPTY distid unless -pkeyopt distid:... is given; GM/T 0009's
# default is 1234567812345678. Run from this folder: writes case/keys/sm2-ids.pem, case/sigs/sm2-distid-*.sig and
# case/sm2-ids.csv (a manifest of those signatures, with and without an sm2_id column value). The tests do not depend
# on the exact bytes, so remaking them (new key, new signatures) is fine.
set -euo pipefail
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd case
P=files/patch.bin
openssl genpkey -algorithm SM2 -out "$work/sm2-ids.key"
openssl pkey -in "$work/sm2-ids.key" -pubout -out keys/sm2-ids.pem
sign() { openssl pkeyutl -sign -rawin -digest sm3 -inkey "$work/sm2-ids.key" -in $P -out "sigs/$1" "${@:2}"; }
sign sm2-distid-default.sig -pkeyopt distid:1234567812345678     # GM/T 0009 default (OpenSSL 1.1.1's default too)
sign sm2-distid-empty.sig                                        # OpenSSL 3 default: the empty identifier
sign sm2-distid-vendor.sig -pkeyopt distid:vendor-signer@example.com   # an explicit identifier
# OpenSSL checks its own signatures: each verifies with its identifier and not with the others.
openssl pkeyutl -verify -rawin -digest sm3 -pubin -inkey keys/sm2-ids.pem -in $P -sigfile sigs/sm2-distid-default.sig -pkeyopt distid:1234567812345678
openssl pkeyutl -verify -rawin -digest sm3 -pubin -inkey keys/sm2-ids.pem -in $P -sigfile sigs/sm2-distid-empty.sig
openssl pkeyutl -verify -rawin -digest sm3 -pubin -inkey keys/sm2-ids.pem -in $P -sigfile sigs/sm2-distid-vendor.sig -pkeyopt distid:vendor-signer@example.com
if openssl pkeyutl -verify -rawin -digest sm3 -pubin -inkey keys/sm2-ids.pem -in $P -sigfile sigs/sm2-distid-vendor.sig >/dev/null 2>&1; then
  echo "the vendor-id signature verified with the empty id" >&2; exit 1
fi
b64() { openssl base64 -A -in "sigs/$1"; }
{
  echo "patch_id,app_id,signature,signature_alg,signature_format,key_id,sm2_id,file"
  echo "p-sm2-default,app,$(b64 sm2-distid-default.sig),SM2-SM3,raw,sm2-ids,,files/patch.bin"
  echo "p-sm2-empty,app,$(b64 sm2-distid-empty.sig),SM2-SM3,raw,sm2-ids,,files/patch.bin"
  echo "p-sm2-vendor,app,$(b64 sm2-distid-vendor.sig),SM2-SM3,raw,sm2-ids,vendor-signer@example.com,files/patch.bin"
  echo "p-sm2-vendor-no-id,app,$(b64 sm2-distid-vendor.sig),SM2-SM3,raw,sm2-ids,,files/patch.bin"
  echo "p-sm2-wrong-id,app,$(b64 sm2-distid-vendor.sig),SM2-SM3,raw,sm2-ids,someone-else@example.com,files/patch.bin"
} > sm2-ids.csv
