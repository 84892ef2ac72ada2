#!/usr/bin/env python3
"""An independent tlog-tiles client: verifies a transparency log served over the C2SP tlog-tiles API.

Written from the specifications only (not from Confidant's Swift code):

- RFC 9162 section 2.1 (RFC 6962 section 2.1): Merkle tree hashing, inclusion and consistency proofs;
- C2SP signed-note: note format, Ed25519 signatures, key IDs;
- C2SP tlog-checkpoint: the checkpoint note text (origin, tree size, root hash);
- C2SP tlog-tiles: tiles, partial tiles, path encoding, entry bundles;
- the verifier key text form `<name>+<8 hex key ID>+<base64(0x01 || Ed25519 public key)>`
  used by golang.org/x/mod/sumdb/note.

Usage:

    tlog_client.py verify --url http://127.0.0.1:8080/log/ --key 'name+1a2b3c4d+AX...' [--state FILE]
    tlog_client.py selftest /path/to/tlog-vectors.txt

Requires Python 3.11 and the `cryptography` package (Debian: python3-cryptography) for Ed25519.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import concurrent.futures
import gzip
import hashlib
import http.server
import json
import os
import re
import sys
import tempfile
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field

try:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
    from cryptography.hazmat.primitives import serialization
except ImportError:  # pragma: no cover
    sys.stderr.write("tlog_client: the 'cryptography' package is required (apt install python3-cryptography)\n")
    sys.exit(2)

HASH_SIZE = 32
TILE_HEIGHT = 8
TILE_WIDTH = 1 << TILE_HEIGHT  # 256 hashes per full tile
MAX_LEVEL = 63
MAX_SIGNATURES = 64
EM_DASH_PREFIX = "\u2014 "  # U+2014 EM DASH, then a space


class VerifyError(Exception):
    """A verification failure; its message is the one line the client prints."""


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode_strict(text: str) -> bytes:
    """RFC 4648 section 4 base64, padded, canonical (re-encodes to the same text)."""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError(f"invalid base64: {error}") from None
    if base64.b64encode(data).decode("ascii") != text:
        raise ValueError("non-canonical base64")
    return data


# ---------------------------------------------------------------------------------------------
# RFC 9162 section 2.1: Merkle tree hashing
# ---------------------------------------------------------------------------------------------

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(entry: bytes) -> bytes:
    """MTH({d}) = SHA-256(0x00 || d)."""
    return sha256(b"\x00" + entry)


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right)."""
    return sha256(b"\x01" + left + right)


def largest_power_of_two_below(n: int) -> int:
    """The largest power of two k with k < n (n > 1)."""
    assert n > 1
    return 1 << ((n - 1).bit_length() - 1)


def root_of_leaf_hashes(hashes: list[bytes]) -> bytes:
    """MTH(D[0:n]) given the n leaf hashes, by the recursive definition of RFC 9162 section 2.1.1."""
    n = len(hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return hashes[0]
    k = largest_power_of_two_below(n)
    return node_hash(root_of_leaf_hashes(hashes[:k]), root_of_leaf_hashes(hashes[k:]))


def inclusion_path(subtree, m: int, lo: int, hi: int) -> list[bytes]:
    """PATH(m, D[lo:hi]) of RFC 9162 2.1.3.1; subtree(lo, hi) returns MTH(D[lo:hi])."""
    n = hi - lo
    if n == 1:
        return []
    k = largest_power_of_two_below(n)
    if m < k:
        return inclusion_path(subtree, m, lo, lo + k) + [subtree(lo + k, hi)]
    return inclusion_path(subtree, m - k, lo + k, hi) + [subtree(lo, lo + k)]


def consistency_path(subtree, m: int, n: int) -> list[bytes]:
    """PROOF(m, D[0:n]) of RFC 9162 2.1.4.1, for 0 < m <= n."""

    def subproof(m: int, lo: int, hi: int, b: bool) -> list[bytes]:
        n = hi - lo
        if m == n:
            return [] if b else [subtree(lo, hi)]
        k = largest_power_of_two_below(n)
        if m <= k:
            return subproof(m, lo, lo + k, b) + [subtree(lo + k, hi)]
        return subproof(m - k, lo + k, hi, False) + [subtree(lo, lo + k)]

    return subproof(m, 0, n, True)


def verify_inclusion(leaf: bytes, index: int, size: int, proof: list[bytes], root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first: int, second: int, first_hash: bytes, second_hash: bytes, proof: list[bytes]) -> bool:
    """RFC 9162 section 2.1.4.2 (with the trivial cases first == second and first == 0)."""
    if first > second:
        return False
    if first == second:
        return not proof and first_hash == second_hash
    if first == 0:
        return not proof  # the empty tree is a prefix of every tree
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:
        path = [first_hash] + path
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_hash and sr == second_hash and sn == 0


# ---------------------------------------------------------------------------------------------
# C2SP tlog-tiles: tile coordinates, paths, layout, bundles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class TileRef:
    level: int  # 0..63 for hash tiles; -1 for an entry bundle
    n: int
    width: int  # 1..256; 256 is a full tile

    @property
    def is_bundle(self) -> bool:
        return self.level == -1

    def path(self) -> str:
        return tile_path(self.level, self.n, self.width)


def encode_tile_index(n: int) -> str:
    """<N> as zero-padded 3-digit path elements, all but the last prefixed with 'x' (1234067 -> x001/x234/067)."""
    if n < 0:
        raise ValueError("negative tile index")
    parts = [f"{n % 1000:03d}"]
    n //= 1000
    while n > 0:
        parts.append(f"x{n % 1000:03d}")
        n //= 1000
    return "/".join(reversed(parts))


def tile_path(level: int, n: int, width: int) -> str:
    """tile/<L>/<N>[.p/<W>] or, for level -1, tile/entries/<N>[.p/<W>]."""
    if not 1 <= width <= TILE_WIDTH:
        raise ValueError(f"tile width {width} out of range")
    if not -1 <= level <= MAX_LEVEL:
        raise ValueError(f"tile level {level} out of range")
    head = "tile/entries" if level == -1 else f"tile/{level}"
    path = f"{head}/{encode_tile_index(n)}"
    if width < TILE_WIDTH:
        path += f".p/{width}"
    return path


def level_count(size: int, level: int) -> int:
    """How many hashes level `level` of the tiles holds for a tree of `size`: floor(size / 256**level)."""
    return size >> (TILE_HEIGHT * level)


def tiles_for_size(size: int) -> list[TileRef]:
    """Every hash tile (full and partial) at every level that a tree of `size` implies.

    At level l there are floor(size / 256**l) hashes: floor of that / 256 full tiles, then a partial
    tile of width (floor(size / 256**l) mod 256) if that is non-zero. Levels stop at the first empty one.
    """
    tiles = []
    level = 0
    while level_count(size, level) > 0:
        count = level_count(size, level)
        for n in range(count // TILE_WIDTH):
            tiles.append(TileRef(level, n, TILE_WIDTH))
        if count % TILE_WIDTH:
            tiles.append(TileRef(level, count // TILE_WIDTH, count % TILE_WIDTH))
        level += 1
    return tiles


def bundles_for_size(size: int) -> list[TileRef]:
    """The entry bundles for a tree of `size`: same indices and widths as level 0."""
    return [TileRef(-1, t.n, t.width) for t in tiles_for_size(size) if t.level == 0]


def describe_layout(size: int) -> str:
    """The layout in the vectors' wording, e.g. 'L0: 273 full + partial width 112; L1: ...'."""
    parts = []
    level = 0
    while level_count(size, level) > 0:
        count = level_count(size, level)
        full, width = divmod(count, TILE_WIDTH)
        if width:
            parts.append(f"L{level}: {full} full + partial width {width}")
        else:
            parts.append(f"L{level}: {full} full, no partial")
        level += 1
    return "; ".join(parts)


def parse_bundle(data: bytes, width: int, where: str) -> list[bytes]:
    """A bundle: `width` entries, each a big-endian uint16 length then the bytes; nothing after."""
    entries = []
    offset = 0
    while offset < len(data):
        if offset + 2 > len(data):
            raise VerifyError(f"{where}: malformed entry bundle: truncated length prefix at byte {offset}")
        length = int.from_bytes(data[offset : offset + 2], "big")
        offset += 2
        if offset + length > len(data):
            raise VerifyError(
                f"{where}: malformed entry bundle: entry {len(entries)} claims {length} bytes, "
                f"only {len(data) - offset} remain"
            )
        entries.append(data[offset : offset + length])
        offset += length
    if len(entries) != width:
        raise VerifyError(f"{where}: entry bundle holds {len(entries)} entries, expected {width}")
    return entries


def encode_bundle(entries: list[bytes]) -> bytes:
    return b"".join(len(e).to_bytes(2, "big") + e for e in entries)


class TileHashes:
    """The hashes of all tiles of a tree, by level: level l holds floor(size / 256**l) hashes.

    The hash at index i of level l is MTH(D[i * 256**l : (i + 1) * 256**l]).
    """

    def __init__(self, size: int, levels: dict[int, list[bytes]]):
        self.size = size
        self.levels = levels

    def complete_subtree(self, lo: int, k: int) -> bytes:
        """MTH(D[lo : lo + 2**k]) for an aligned complete subtree (lo a multiple of 2**k)."""
        assert lo % (1 << k) == 0
        level, height = divmod(k, TILE_HEIGHT)
        start = lo >> (TILE_HEIGHT * level)
        hashes = self.levels.get(level, [])
        count = 1 << height
        if start + count > len(hashes):
            raise VerifyError(f"internal: hashes {start}..{start + count} of level {level} are not in the tiles")
        row = hashes[start : start + count]
        while len(row) > 1:
            row = [node_hash(row[i], row[i + 1]) for i in range(0, len(row), 2)]
        return row[0]

    def subtree(self, lo: int, hi: int) -> bytes:
        """MTH(D[lo:hi]) for any range of a tree no larger than self.size, by RFC 9162's recursion."""
        if not 0 <= lo <= hi <= self.size:
            raise VerifyError(f"internal: range {lo}..{hi} outside the tree of size {self.size}")
        n = hi - lo
        if n == 0:
            return EMPTY_ROOT
        if n & (n - 1) == 0 and lo % n == 0:
            return self.complete_subtree(lo, n.bit_length() - 1)
        k = largest_power_of_two_below(n)
        return node_hash(self.subtree(lo, lo + k), self.subtree(lo + k, hi))

    def root(self, size: int | None = None) -> bytes:
        return self.subtree(0, self.size if size is None else size)


# ---------------------------------------------------------------------------------------------
# C2SP signed-note, tlog-checkpoint, verifier keys
# ---------------------------------------------------------------------------------------------


def is_valid_key_name(name: str) -> bool:
    """Non-empty, no Unicode spaces, no '+'."""
    return bool(name) and "+" not in name and not any(c.isspace() for c in name)


def ed25519_key_id(name: str, public_key: bytes) -> bytes:
    """key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte Ed25519 public key)[:4]."""
    return sha256(name.encode("utf-8") + b"\n" + b"\x01" + public_key)[:4]


@dataclass(frozen=True)
class Verifier:
    name: str
    key_id: bytes
    public_key: bytes

    @staticmethod
    def parse(vkey: str) -> "Verifier":
        """<name>+<8 hex digits key ID>+<base64(0x01 || 32-byte public key)>."""
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise VerifyError("malformed verifier key: expected <name>+<hex key ID>+<base64 key>")
        name, hex_id, key_b64 = parts
        if not is_valid_key_name(name):
            raise VerifyError("malformed verifier key: invalid key name")
        if not re.fullmatch(r"[0-9a-f]{8}", hex_id):
            raise VerifyError("malformed verifier key: key ID must be 8 lowercase hex digits")
        try:
            key = b64decode_strict(key_b64)
        except ValueError as error:
            raise VerifyError(f"malformed verifier key: {error}") from None
        if len(key) != 33 or key[0] != 0x01:
            raise VerifyError("malformed verifier key: not an Ed25519 key (0x01 || 32 bytes)")
        public_key = key[1:]
        key_id = bytes.fromhex(hex_id)
        if ed25519_key_id(name, public_key) != key_id:
            raise VerifyError("malformed verifier key: key ID does not match SHA-256(name || 0x0A || 0x01 || key)")
        return Verifier(name, key_id, public_key)

    def text(self) -> str:
        key_b64 = b64(bytes([0x01]) + self.public_key)
        return f"{self.name}+{self.key_id.hex()}+{key_b64}"

    def verify(self, message: bytes, signature: bytes) -> bool:
        if len(signature) != 64:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
            return True
        except InvalidSignature:
            return False


def open_note(note: bytes, verifier: Verifier) -> bytes:
    """Checks a signed note against one trusted key and returns its text (ending in a newline).

    Follows C2SP signed-note: valid UTF-8 with no control characters but newline; text, a blank line,
    then one or more lines `— <name> <base64(key ID || signature)>`; signatures from unknown keys are
    ignored; a signature from the known key must verify; at least one must.
    """
    try:
        decoded = note.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        raise VerifyError("malformed signed note: not valid UTF-8") from None
    for c in decoded:
        if c < " " and c != "\n":
            raise VerifyError(f"malformed signed note: control character U+{ord(c):04X}")
    split = note.rfind(b"\n\n")
    if split < 0:
        raise VerifyError("malformed signed note: no blank line before the signatures")
    text, sigs = note[: split + 1], note[split + 2 :]
    if not sigs or not sigs.endswith(b"\n"):
        raise VerifyError("malformed signed note: no signature lines (or missing final newline)")
    lines = sigs[:-1].decode("utf-8").split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise VerifyError(f"malformed signed note: more than {MAX_SIGNATURES} signatures")
    verified = 0
    for line in lines:
        if not line.startswith(EM_DASH_PREFIX):
            raise VerifyError("malformed signed note: a signature line does not start with U+2014 and a space")
        rest = line[len(EM_DASH_PREFIX) :]
        name, sep, sig_b64 = rest.partition(" ")
        if not sep or not is_valid_key_name(name) or not sig_b64:
            raise VerifyError("malformed signed note: a signature line is not '— <name> <base64>'")
        try:
            sig = base64.b64decode(sig_b64, validate=True)
        except (binascii.Error, ValueError):
            raise VerifyError("malformed signed note: a signature is not valid base64") from None
        if len(sig) < 5:
            raise VerifyError("malformed signed note: a signature is shorter than a key ID and one byte")
        if name != verifier.name or sig[:4] != verifier.key_id:
            continue  # an unknown key (a witness, a rotated key): ignored
        if not verifier.verify(text, sig[4:]):
            raise VerifyError(f"bad signature: the signature by {name} ({sig[:4].hex()}) does not verify")
        verified += 1
    if verified == 0:
        raise VerifyError(f"checkpoint is not signed by the trusted key {verifier.name}+{verifier.key_id.hex()}")
    return text


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()
    note: bytes = b""


def parse_checkpoint_text(text: bytes) -> Checkpoint:
    """C2SP tlog-checkpoint note text: origin, tree size, base64 root hash, optional non-empty extension lines."""
    lines = text.decode("utf-8").split("\n")
    if lines[-1] != "":
        raise VerifyError("malformed checkpoint: text does not end in a newline")
    lines = lines[:-1]
    if len(lines) < 3:
        raise VerifyError("malformed checkpoint: fewer than three lines")
    origin, size_text, root_text, *extensions = lines
    if not origin:
        raise VerifyError("malformed checkpoint: empty origin")
    if not re.fullmatch(r"0|[1-9][0-9]*", size_text):
        raise VerifyError(f"malformed checkpoint: tree size {size_text!r} is not a decimal without leading zeroes")
    size = int(size_text)
    if size >= 1 << 63:
        raise VerifyError("malformed checkpoint: tree size too large")
    try:
        root = b64decode_strict(root_text)
    except ValueError as error:
        raise VerifyError(f"malformed checkpoint: root hash: {error}") from None
    if len(root) != HASH_SIZE:
        raise VerifyError(f"malformed checkpoint: root hash is {len(root)} bytes, not 32")
    if any(not line for line in extensions):
        raise VerifyError("malformed checkpoint: empty extension line")
    return Checkpoint(origin, size, root, tuple(extensions))


def verify_checkpoint(note: bytes, verifier: Verifier) -> Checkpoint:
    text = open_note(note, verifier)
    cp = parse_checkpoint_text(text)
    if cp.origin != verifier.name:
        raise VerifyError(f"wrong origin: checkpoint origin {cp.origin!r} is not the key name {verifier.name!r}")
    return Checkpoint(cp.origin, cp.size, cp.root, cp.extensions, note)


def sign_note(text: bytes, name: str, seed: bytes) -> bytes:
    """Signs a note text (used by the self-test only)."""
    private = Ed25519PrivateKey.from_private_bytes(seed)
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    sig = ed25519_key_id(name, public) + private.sign(text)
    return text + b"\n" + f"{EM_DASH_PREFIX}{name} {b64(sig)}\n".encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Fetching
# ---------------------------------------------------------------------------------------------


class Fetcher:
    def __init__(self, base_url: str, timeout: float = 30.0):
        if not base_url.endswith("/"):
            base_url += "/"
        self.base_url = base_url
        self.timeout = timeout
        self.warnings: list[str] = []
        self._lock = threading.Lock()

    def warn(self, message: str) -> None:
        with self._lock:
            if message not in self.warnings:
                self.warnings.append(message)

    def get(self, path: str, expected_type: str) -> bytes:
        url = self.base_url + path
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip, identity"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status = response.status
                body = response.read()
                encoding = (response.headers.get("Content-Encoding") or "identity").lower()
                content_type = response.headers.get("Content-Type") or ""
        except urllib.error.HTTPError as error:
            if error.code == 404:
                raise VerifyError(f"missing: {path} (HTTP 404)") from None
            raise VerifyError(f"fetch {path}: HTTP {error.code}") from None
        except (urllib.error.URLError, OSError) as error:
            raise VerifyError(f"fetch {path}: {getattr(error, 'reason', error)}") from None
        if status != 200:
            raise VerifyError(f"fetch {path}: HTTP {status}")
        if encoding == "gzip":
            try:
                body = gzip.decompress(body)
            except (OSError, EOFError) as error:
                raise VerifyError(f"fetch {path}: bad gzip body: {error}") from None
        elif encoding != "identity":
            raise VerifyError(f"fetch {path}: unsupported Content-Encoding {encoding}")
        if content_type.replace(" ", "").lower() != expected_type.replace(" ", "").lower():
            kind = "checkpoint" if path == "checkpoint" else ("entry bundle" if "entries" in path else "tile")
            self.warn(f"{kind} Content-Type is {content_type!r}, tlog-tiles says {expected_type!r} (e.g. {path})")
        return body


# ---------------------------------------------------------------------------------------------
# Confidant's leaf entries (the only Confidant-specific part)
# ---------------------------------------------------------------------------------------------

CONFIDANT_KINDS = {"received", "traced", "decided", "held", "reviewed", "approved", "released", "refused", "embargo-lifted"}


def check_confidant_entry(entry: bytes) -> str:
    """0x01, k (1..32), k bytes of kind (a-z, 0-9, '-'), 32-byte commitment; returns the kind."""
    if len(entry) < 3 or entry[0] != 0x01:
        raise ValueError("does not start with version byte 0x01")
    k = entry[1]
    if not 1 <= k <= 32 or len(entry) != 2 + k + 32:
        raise ValueError(f"length {len(entry)} does not match kind length {k} (+34)")
    kind = entry[2 : 2 + k].decode("ascii", errors="replace")
    if not re.fullmatch(r"[a-z0-9-]+", kind):
        raise ValueError(f"kind {kind!r} is not a-z, 0-9, '-'")
    return kind


# ---------------------------------------------------------------------------------------------
# verify
# ---------------------------------------------------------------------------------------------


@dataclass
class VerifyResult:
    size: int
    root: bytes
    tiles: int
    bundles: int
    entries: int
    kinds: dict[str, int] = field(default_factory=dict)
    consistent_with: int | None = None
    warnings: list[str] = field(default_factory=list)


def load_state(path: str, verifier: Verifier) -> Checkpoint | None:
    """The saved checkpoint: the signed note this client saved (re-verified), or JSON {"size", "root"}."""
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        data = f.read()
    if not data.strip():
        return None
    if data.lstrip().startswith(b"{"):
        try:
            obj = json.loads(data)
            root = b64decode_strict(obj["root"])
            size = int(obj["size"])
        except (ValueError, KeyError, TypeError) as error:
            raise VerifyError(f"state file {path}: not a checkpoint or {{size, root}} JSON: {error}") from None
        if len(root) != HASH_SIZE or size < 0:
            raise VerifyError(f"state file {path}: bad size or root")
        return Checkpoint(verifier.name, size, root)
    try:
        return verify_checkpoint(data, verifier)
    except VerifyError as error:
        raise VerifyError(f"state file {path}: saved checkpoint does not verify: {error}") from None


def save_state(path: str, checkpoint: Checkpoint) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".tlog-state-", dir=directory)
    with os.fdopen(fd, "wb") as f:
        f.write(checkpoint.note)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def verify_log(url: str, vkey: str, state: str | None = None, entry_format: str = "confidant",
               workers: int = 8, checkpoint_note: bytes | None = None) -> VerifyResult:
    verifier = Verifier.parse(vkey)
    old = load_state(state, verifier) if state else None
    fetcher = Fetcher(url)

    # 1. The checkpoint: signature by the trusted key, origin, size, root.
    note = checkpoint_note if checkpoint_note is not None else fetcher.get("checkpoint", "text/plain; charset=utf-8")
    cp = verify_checkpoint(note, verifier)

    # 2. Every tile and bundle the tree size implies.
    tiles = tiles_for_size(cp.size)
    bundles = bundles_for_size(cp.size)
    wanted = tiles + bundles
    data: dict[TileRef, bytes] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {
            pool.submit(fetcher.get, ref.path(), "application/octet-stream"): ref for ref in wanted
        }
        errors = []
        for future in concurrent.futures.as_completed(futures):
            ref = futures[future]
            try:
                data[ref] = future.result()
            except VerifyError as error:
                errors.append((ref, str(error)))
        if errors:
            errors.sort()
            raise VerifyError(errors[0][1] + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""))

    # Hash tiles: exact size, split into hashes, concatenated by level.
    levels: dict[int, list[bytes]] = {}
    for ref in tiles:  # ordered by level, then index
        body = data[ref]
        if len(body) != ref.width * HASH_SIZE:
            raise VerifyError(f"{ref.path()}: {len(body)} bytes, expected {ref.width} hashes = {ref.width * HASH_SIZE} bytes")
        row = levels.setdefault(ref.level, [])
        if len(row) != ref.n * TILE_WIDTH:
            raise VerifyError(f"internal: tile order at {ref.path()}")
        row.extend(body[i : i + HASH_SIZE] for i in range(0, len(body), HASH_SIZE))
    for level, row in levels.items():
        if len(row) != level_count(cp.size, level):
            raise VerifyError(f"internal: level {level} has {len(row)} hashes")

    # 3. Entry bundles: each entry hashes to the corresponding level-0 hash.
    kinds: dict[str, int] = {}
    entries_checked = 0
    for ref in bundles:
        where = ref.path()
        entries = parse_bundle(data[ref], ref.width, where)
        for i, entry in enumerate(entries):
            index = ref.n * TILE_WIDTH + i
            got = leaf_hash(entry)
            if got != levels[0][index]:
                raise VerifyError(
                    f"{where}: entry {index} hashes to {got.hex()} but tile {tile_path(0, ref.n, ref.width)} "
                    f"holds {levels[0][index].hex()} (tampered entry bundle or level-0 tile)"
                )
            if entry_format == "confidant":
                try:
                    kind = check_confidant_entry(entry)
                except ValueError as error:
                    raise VerifyError(f"{where}: entry {index} is not a Confidant leaf entry: {error}") from None
                kinds[kind] = kinds.get(kind, 0) + 1
            entries_checked += 1

    # 4. Each full tile at level l hashes (as a 256-leaf complete subtree) to its hash at level l+1.
    for ref in tiles:
        if ref.width != TILE_WIDTH:
            continue
        start = ref.n * TILE_WIDTH
        got = root_of_leaf_hashes(levels[ref.level][start : start + TILE_WIDTH])
        above = levels.get(ref.level + 1, [])
        if ref.n >= len(above):
            raise VerifyError(f"internal: no level-{ref.level + 1} hash for {ref.path()}")
        if got != above[ref.n]:
            raise VerifyError(
                f"{ref.path()}: tile hashes to {got.hex()} but hash {ref.n} of level {ref.level + 1} is "
                f"{above[ref.n].hex()} (tampered tile at level {ref.level} or {ref.level + 1})"
            )

    # 5. The root from the tiles equals the signed root.
    tree = TileHashes(cp.size, levels)
    root = tree.root()
    if root != cp.root:
        raise VerifyError(
            f"root mismatch: the tiles give {b64(root)} for size {cp.size}, the checkpoint signs {b64(cp.root)}"
        )

    result = VerifyResult(cp.size, cp.root, len(tiles), len(bundles), entries_checked, kinds)

    # 6. Consistency with the saved checkpoint.
    if old is not None:
        if old.size > cp.size:
            raise VerifyError(f"inconsistent: the log shrank from {old.size} to {cp.size}")
        if old.size == cp.size:
            if old.root != cp.root:
                raise VerifyError(f"inconsistent: two different roots signed for size {cp.size} (a fork)")
        elif old.size > 0:
            old_root = tree.root(old.size)
            if old_root != old.root:
                raise VerifyError(
                    f"inconsistent: the verified tiles give {b64(old_root)} for old size {old.size}, "
                    f"the saved checkpoint signed {b64(old.root)}"
                )
            proof = consistency_path(tree.subtree, old.size, cp.size)
            if not verify_consistency(old.size, cp.size, old.root, cp.root, proof):
                raise VerifyError(f"inconsistent: the RFC 9162 consistency proof {old.size} -> {cp.size} does not verify")
        result.consistent_with = old.size
        save_state(state, cp)
    elif state:
        save_state(state, cp)
    result.warnings = fetcher.warnings
    return result


def command_verify(args: argparse.Namespace) -> int:
    try:
        result = verify_log(args.url, args.key, args.state, args.entry_format, args.workers)
    except VerifyError as error:
        print(f"tlog_client: FAIL: {error}")
        return 1
    for warning in result.warnings:
        print(f"tlog_client: warning: {warning}", file=sys.stderr)
    out = {"size": result.size, "root": b64(result.root), "tiles": result.tiles, "entries": result.entries}
    out["bundles"] = result.bundles
    if result.consistent_with is not None:
        out["consistent_with"] = result.consistent_with
    if args.entry_format == "confidant":
        out["kinds"] = dict(sorted(result.kinds.items()))
    print(json.dumps(out, separators=(",", ":")))
    return 0


# ---------------------------------------------------------------------------------------------
# selftest
# ---------------------------------------------------------------------------------------------


class SelfTest:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.failures: list[str] = []

    def check(self, section: str, ok: bool, what: str) -> None:
        self.counts[section] = self.counts.get(section, 0) + 1
        if not ok:
            self.failures.append(f"[{section}] {what}")


def parse_kv(line: str) -> dict[str, str]:
    """key=value tokens; values may be double-quoted."""
    out = {}
    for match in re.finditer(r'(\w+)=("([^"]*)"|\S+)', line):
        out[match.group(1)] = match.group(3) if match.group(3) is not None else match.group(2)
    return out


def unhex(value: str) -> bytes:
    return b"" if value in ("(empty)", "-") else bytes.fromhex(value)


def unhex_list(value: str) -> list[bytes]:
    return [] if value == "-" else [bytes.fromhex(v) for v in value.split(",")]


def read_vectors(path: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif line.startswith("-----BEGIN "):
            block = [line]
            i += 1
            while i < len(lines) and not lines[i].startswith("-----END "):
                block.append(lines[i])
                i += 1
            block.append(lines[i] if i < len(lines) else "")
            sections.setdefault(current, []).append("\n".join(block))
        elif line.strip() and not line.startswith("#"):
            sections.setdefault(current, []).append(line)
        i += 1
    return sections


def selftest(path: str) -> int:
    t = SelfTest()
    v = read_vectors(path)

    # RFC 6962 reference tree.
    leaves: list[bytes] = []
    for line in v.get("rfc6962-reference", []):
        kv = parse_kv(line)
        if line.startswith("leaf "):
            data = unhex(kv["data_hex"])
            leaves.append(data)
            t.check("rfc6962-leaf", leaf_hash(data).hex() == kv["leaf_hash_hex"], line)
        elif line.startswith("root "):
            size = int(kv["size"])
            got = root_of_leaf_hashes([leaf_hash(d) for d in leaves[:size]])
            t.check("rfc6962-root", got.hex() == kv["hex"], line)

    # Signed-note examples.
    for vkey_line, note_line in zip(v.get("signed-note-spec-examples", [])[0::2], v.get("signed-note-spec-examples", [])[1::2]):
        vkey = vkey_line.split("=", 1)[1]
        note = base64.b64decode(note_line.split("=", 1)[1])
        try:
            verifier = Verifier.parse(vkey)
            open_note(note, verifier)
            ok, why = True, ""
        except VerifyError as error:
            ok, why = False, str(error)
        t.check("note-example-verifies", ok, f"{vkey}: {why}")
        # A flipped byte in the text must not verify.
        tampered = bytearray(note)
        tampered[0] ^= 0x01
        try:
            open_note(bytes(tampered), Verifier.parse(vkey))
            rejected = False
        except VerifyError:
            rejected = True
        t.check("note-example-tamper-rejected", rejected, vkey)

    # Tile paths and layouts.
    for line in v.get("tlog-tiles-paths", []):
        kv = parse_kv(line)
        if line.startswith("tile "):
            got = tile_path(int(kv["L"]), int(kv["N"]), int(kv["W"]))
            t.check("tile-path", got == kv["path"], f"{line} (got {got})")
        elif line.startswith("entries "):
            got = tile_path(-1, int(kv["N"]), int(kv["W"]))
            t.check("tile-path", got == kv["path"], f"{line} (got {got})")
        elif line.startswith("layout "):
            size = int(kv["size"])
            expected = line.split(" ", 2)[2]
            got = describe_layout(size)
            t.check("layout", got == expected, f"{line} (got {got})")

    # Test key.
    key = {}
    for line in v.get("key", []):
        k, _, value = line.partition("=")
        key[k] = value
    seed = bytes.fromhex(key["seed_hex"])
    name = key["key_name"]
    private = Ed25519PrivateKey.from_private_bytes(seed)
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    t.check("key", public.hex() == key["public_key_hex"], "public key from seed")
    key_id_input = name.encode() + b"\n\x01" + public
    t.check("key", key_id_input.hex() == key["key_id_input_hex"], "key ID input")
    t.check("key", ed25519_key_id(name, public).hex() == key["key_id_hex"], "key ID")
    test_verifier = Verifier.parse(key["vkey"])
    t.check("key", test_verifier.text() == key["vkey"] and test_verifier.public_key == public, "vkey round trip")
    seed_b64 = b64(bytes([0x01]) + seed)
    t.check("key", f"PRIVATE+KEY+{name}+{key['key_id_hex']}+{seed_b64}" == key["skey"], "skey text")

    # Leaves a..h: hashes, roots, proofs, tile and bundle bytes.
    ah_entries = [bytes([ord("a") + i]) for i in range(8)]
    ah_hashes = [leaf_hash(e) for e in ah_entries]
    ah_tree = TileHashes(8, {0: ah_hashes})
    for line in v.get("leaves-a-h", []):
        kv = parse_kv(line)
        if line.startswith("leaf "):
            i = int(kv["index"])
            t.check("a-h-leaf", ah_entries[i] == unhex(kv["data_hex"]) and ah_hashes[i].hex() == kv["leaf_hash_hex"]
                    and b64(ah_hashes[i]) == kv["leaf_hash_b64"], line)
        elif line.startswith("root "):
            size = int(kv["size"])
            got = root_of_leaf_hashes(ah_hashes[:size])
            t.check("a-h-root", got.hex() == kv["hex"] and b64(got) == kv["b64"], line)
            t.check("a-h-root-from-tiles", ah_tree.root(size) == got, f"tile root, size {size}")
        elif line.startswith("inclusion "):
            size, index = int(kv["size"]), int(kv["index"])
            expected = unhex_list(kv["proof_hex"])
            tree = TileHashes(size, {0: ah_hashes[:size]})
            got = inclusion_path(tree.subtree, index, 0, size)
            t.check("a-h-inclusion-generate", got == expected, line)
            root = root_of_leaf_hashes(ah_hashes[:size])
            t.check("a-h-inclusion-verify", verify_inclusion(ah_hashes[index], index, size, expected, root), line)
            bad = verify_inclusion(ah_hashes[(index + 1) % 8], index, size, expected, root) if size > 1 else False
            t.check("a-h-inclusion-wrong-leaf-rejected", not bad, line)
        elif line.startswith("consistency "):
            old, new = int(kv["old"]), int(kv["new"])
            expected = unhex_list(kv["proof_hex"])
            tree = TileHashes(new, {0: ah_hashes[:new]})
            got = consistency_path(tree.subtree, old, new)
            t.check("a-h-consistency-generate", got == expected, line)
            r_old, r_new = root_of_leaf_hashes(ah_hashes[:old]), root_of_leaf_hashes(ah_hashes[:new])
            t.check("a-h-consistency-verify", verify_consistency(old, new, r_old, r_new, expected), line)
            t.check("a-h-consistency-wrong-root-rejected",
                    not verify_consistency(old, new, sha256(b"x"), r_new, expected), line)
        elif line.startswith("tile "):
            t.check("a-h-tile-bytes", kv["path"] == tile_path(0, 0, 8) and b"".join(ah_hashes).hex() == kv["hex"], line)
        elif line.startswith("entries "):
            body = encode_bundle(ah_entries)
            t.check("a-h-bundle-bytes", kv["path"] == tile_path(-1, 0, 8) and body.hex() == kv["hex"], line)
            t.check("a-h-bundle-parse", parse_bundle(bytes.fromhex(kv["hex"]), 8, "vector") == ah_entries, line)

    # Checkpoints.
    cps = v.get("checkpoints", [])
    blocks = {}
    for item in cps:
        if item.startswith("-----BEGIN CHECKPOINT"):
            size = int(re.search(r"size=(\d+)", item.split("\n")[0]).group(1))
            blocks[size] = "\n".join(item.split("\n")[1:-1]) + "\n"
    roots_ah = {s: root_of_leaf_hashes(ah_hashes[:s]) for s in range(9)}
    for item in cps:
        if item.startswith("-----"):
            continue
        kv = parse_kv(item)
        if item.startswith("checkpoint "):
            size = int(kv["size"])
            text = f"{name}\n{size}\n{b64(roots_ah[size])}\n".encode()
            if "signed_message_hex" in kv:
                t.check("checkpoint-text", text.hex() == kv["signed_message_hex"], item[:60])
            elif "signature_blob_hex" in kv:
                blob = ed25519_key_id(name, public) + private.sign(text)
                t.check("checkpoint-signature", blob.hex() == kv["signature_blob_hex"], item[:60])
            elif "file_b64" in kv:
                file_bytes = base64.b64decode(kv["file_b64"])
                t.check("checkpoint-sign", sign_note(text, name, seed) == file_bytes, item[:60])
                t.check("checkpoint-block", blocks.get(size, "").encode() == file_bytes, f"BEGIN/END block size={size}")
                try:
                    cp = verify_checkpoint(file_bytes, test_verifier)
                    ok = cp.size == size and cp.root == roots_ah[size]
                except VerifyError as error:
                    ok = False
                    print(f"  {error}", file=sys.stderr)
                t.check("checkpoint-verifies", ok, item[:60])
        elif item.startswith("invalid_checkpoint "):
            file_bytes = base64.b64decode(kv["file_b64"])
            try:
                cp = verify_checkpoint(file_bytes, test_verifier)
                rejected = False
            except VerifyError:
                rejected = True
            t.check("invalid-checkpoint-rejected", rejected, kv.get("reason", item[:60]))

    # Big log: entries "entry-<i>".
    big = v.get("big-log", [])
    if big:
        big_size = 70000
        entries = [f"entry-{i}".encode() for i in range(big_size)]
        hashes = [leaf_hash(e) for e in entries]
        files = build_tiles(entries, hashes, big_size)
        tree = TileHashes(big_size, levels_from_files(files, big_size))
        for line in big:
            kv = parse_kv(line)
            if line.startswith("root "):
                size = int(kv["size"])
                direct = root_of_leaf_hashes(hashes[:size])
                t.check("big-root", direct.hex() == kv["hex"], line)
                t.check("big-root-from-tiles-70000", tree.root(size) == direct, f"size {size} from the size-70000 tiles")
                own = TileHashes(size, levels_from_files(build_tiles(entries, hashes, size), size))
                t.check("big-root-from-own-tiles", own.root() == direct, f"size {size} from its own tiles")
            elif line.startswith("file "):
                body = files.get(kv["path"])
                ok = body is not None and len(body) == int(kv["bytes"]) and hashlib.sha256(body).hexdigest() == kv["sha256"]
                t.check("big-file", ok, line)
        # End to end: serve the big log over HTTP and run `verify` against it, including tamper cases.
        end_to_end(t, entries, hashes, name, seed, test_verifier)

    for section in sorted(t.counts):
        print(f"  {section}: {t.counts[section]} checks")
    total = sum(t.counts.values())
    if t.failures:
        for failure in t.failures:
            print(f"MISMATCH {failure}")
        print(f"selftest: {len(t.failures)} of {total} checks FAILED")
        return 1
    print(f"selftest: all {total} checks passed")
    return 0


def build_tiles(entries: list[bytes], hashes: list[bytes], size: int) -> dict[str, bytes]:
    """Builds every tile and bundle for `size` from the definitions (used by the self-test as a mini log)."""
    files: dict[str, bytes] = {}
    level_hashes = hashes[:size]
    level = 0
    while level_hashes:
        for start in range(0, len(level_hashes), TILE_WIDTH):
            row = level_hashes[start : start + TILE_WIDTH]
            files[tile_path(level, start // TILE_WIDTH, len(row))] = b"".join(row)
            if level == 0:
                files[tile_path(-1, start // TILE_WIDTH, len(row))] = encode_bundle(entries[start : start + len(row)])
        full = len(level_hashes) // TILE_WIDTH
        level_hashes = [root_of_leaf_hashes(level_hashes[i * TILE_WIDTH : (i + 1) * TILE_WIDTH]) for i in range(full)]
        level += 1
    return files


def levels_from_files(files: dict[str, bytes], size: int) -> dict[int, list[bytes]]:
    levels: dict[int, list[bytes]] = {}
    for ref in tiles_for_size(size):
        body = files[ref.path()]
        levels.setdefault(ref.level, []).extend(body[i : i + HASH_SIZE] for i in range(0, len(body), HASH_SIZE))
    return levels


class _MiniLog(http.server.BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("/log/", 1)[-1]
        body = self.server.files.get(path)  # type: ignore[attr-defined]
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        kind = "text/plain; charset=utf-8" if path == "checkpoint" else "application/octet-stream"
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def end_to_end(t: SelfTest, entries, hashes, name, seed, verifier) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _MiniLog)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/log/"
    vkey = verifier.text()

    def publish(size: int, root: bytes | None = None, extra: dict[str, bytes] | None = None) -> None:
        files = build_tiles(entries, hashes, size)
        text = f"{name}\n{size}\n{b64(root if root is not None else root_of_leaf_hashes(hashes[:size]))}\n".encode()
        files["checkpoint"] = sign_note(text, name, seed)
        files.update(extra or {})
        server.files = files  # type: ignore[attr-defined]

    def run(label: str, expect_ok: bool, state: str | None = None, expect_in: str = "") -> None:
        try:
            result = verify_log(url, vkey, state, entry_format="any", workers=4)
            ok, message = True, json.dumps({"size": result.size})
        except VerifyError as error:
            ok, message = False, str(error)
        good = ok == expect_ok and (expect_in in message)
        t.check("end-to-end", good, f"{label}: {'ok' if ok else 'FAIL'} {message}")

    with tempfile.TemporaryDirectory() as tmp:
        state = os.path.join(tmp, "state")
        for size in (0, 1, 255, 256, 257, 1000):
            publish(size)
            run(f"verify size {size}", True, state)
        publish(70000)
        run("verify 70000 consistent with 1000", True, state)
        publish(65536)
        run("shrink 70000 -> 65536 rejected", False, state, "shrank")
        # A different log of 70001 entries whose first 1000 differ: consistent tiles, inconsistent history.
        os.remove(state)
        publish(1000)
        run("state at 1000", True, state)
        forked_entries = [b"forked-" + e for e in entries[:1000]] + entries[1000:]
        forked_hashes = [leaf_hash(e) for e in forked_entries]
        saved = (entries, hashes)
        entries, hashes = forked_entries, forked_hashes
        publish(70000)
        run("forked history rejected", False, state, "inconsistent")
        entries, hashes = saved
        publish(70000)
        files = dict(server.files)  # type: ignore[attr-defined]
        for label, path, expect in (
            ("tampered level-0 tile", "tile/0/005", "tile/entries/005"),
            ("tampered level-1 tile", "tile/1/000", "tile/0/"),
            ("tampered level-0 partial tile", "tile/0/273.p/112", "tile/entries/273.p/112"),
            ("tampered top partial tile", "tile/2/000.p/1", "hash 0 of level 2"),
            ("tampered level-1 partial tile", "tile/1/001.p/17", "hash 264 of level 1"),
            ("tampered entry bundle", "tile/entries/100", "tile/entries/100"),
        ):
            body = bytearray(files[path])
            body[len(body) // 2] ^= 0x01
            server.files = dict(files, **{path: bytes(body)})  # type: ignore[attr-defined]
            run(label, False, None, expect)
        # The last entry replaced, with its bundle and level-0 tile rewritten to match: only the root can tell.
        evil = build_tiles(entries[:-1] + [b"evil"], hashes[:-1] + [leaf_hash(b"evil")], 70000)
        server.files = dict(evil, checkpoint=files["checkpoint"])  # type: ignore[attr-defined]
        run("consistently rewritten last entry and tile", False, None, "root mismatch")
        server.files = {k: b for k, b in files.items() if k != "tile/1/001.p/17"}  # type: ignore[attr-defined]
        run("missing tile", False, None, "missing: tile/1/001.p/17")
        publish(70000, root=sha256(b"wrong"))
        run("checkpoint with a wrong root", False, None, "root mismatch")
        publish(70000)
        cp = server.files["checkpoint"]  # type: ignore[attr-defined]
        server.files["checkpoint"] = cp.replace(b"\n70000\n", b"\n70001\n")  # type: ignore[attr-defined]
        run("checkpoint altered after signing", False, None, "bad signature")
        other = sign_note(f"other.example/log\n70000\n{b64(root_of_leaf_hashes(hashes))}\n".encode(), name, seed)
        server.files["checkpoint"] = other  # type: ignore[attr-defined]
        run("origin differs from key name", False, None, "wrong origin")
    server.shutdown()
    server.server_close()


# ---------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tlog_client.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_verify = sub.add_parser("verify", help="verify a tlog-tiles log: checkpoint, every tile and bundle, consistency")
    p_verify.add_argument("--url", required=True, help="the log prefix, e.g. http://127.0.0.1:8080/log/")
    p_verify.add_argument("--key", required=True, help="the verifier key <name>+<hex ID>+<base64 key>")
    p_verify.add_argument("--state", help="file holding the last verified checkpoint (checked, then replaced)")
    p_verify.add_argument("--entry-format", choices=("confidant", "any"), default="confidant",
                          help="also check every entry is a Confidant leaf entry (default) or accept any bytes")
    p_verify.add_argument("--workers", type=int, default=8, help="parallel fetches (default 8)")
    p_self = sub.add_parser("selftest", help="check hashing, tiles and notes against known-answer vectors")
    p_self.add_argument("vectors", help="path to tlog-vectors.txt")
    args = parser.parse_args(argv)
    if args.command == "verify":
        return command_verify(args)
    return selftest(args.vectors)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
