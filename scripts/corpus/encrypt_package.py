"""
Encrypts an .xlsx package with a password as Excel 2007 did: an OLE compound file holding an
EncryptionInfo stream and the EncryptedPackage stream (ECMA-376 Standard Encryption,
MS-OFFCRYPTO 2.3.4.5: AES-128 in ECB, SHA-1 key derivation with 50,000 spins). Today's Excel
uses Agile Encryption and adds a \x06DataSpaces storage; a reader tells either from a plain
package by the same two streams, which is what the corpus needs. The output is then decrypted again with msoffcrypto-tool, an independent reader,
and must give back the input byte for byte.

    /usr/bin/python3 scripts/corpus/encrypt_package.py examples/sample.xlsx test/fixtures/corpus/encrypted.xlsx

Why by hand: LibreOffice 7.4 does not write an encrypted .xlsx through UNO, and msoffcrypto-tool
5.0 (Debian's python3-msoffcrypto-tool) only decrypts. Needs Debian's python3-cryptography and,
for the check, python3-msoffcrypto-tool.
"""
import hashlib
import io
import os
import struct
import sys

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PASSWORD = 'loadline'
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
# A fixed salt and verifier keep a rerun byte-identical; this file protects nothing.
SALT = bytes(range(16))
VERIFIER = bytes(range(16, 32))


def derive_key(password, salt):
    """MS-OFFCRYPTO 2.3.4.7: the AES-128 key for a password."""
    h = hashlib.sha1(salt + password.encode('utf-16-le')).digest()
    for i in range(50000):
        h = hashlib.sha1(struct.pack('<I', i) + h).digest()
    h = hashlib.sha1(h + struct.pack('<I', 0)).digest()
    x1 = hashlib.sha1(bytes(b ^ 0x36 for b in h.ljust(64, b'\0'))).digest()
    x2 = hashlib.sha1(bytes(b ^ 0x5C for b in h.ljust(64, b'\0'))).digest()
    return (x1 + x2)[:16]


def aes_ecb(key, data):
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def encryption_info(key):
    """The EncryptionInfo stream: version 3.2, the header (AES-128, SHA-1) and the verifier."""
    csp = 'Microsoft Enhanced RSA and AES Cryptographic Provider'.encode('utf-16-le') + b'\0\0'
    flags = 0x24  # fCryptoAPI | fAES
    header = struct.pack('<IIIIIIII', flags, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + csp
    verifier_hash = hashlib.sha1(VERIFIER).digest().ljust(32, b'\0')
    verifier = (struct.pack('<I', 16) + SALT + aes_ecb(key, VERIFIER) + struct.pack('<I', 20)
                + aes_ecb(key, verifier_hash))
    return struct.pack('<HHI', 3, 2, flags) + struct.pack('<I', len(header)) + header + verifier


def encrypted_package(key, package):
    padded = package + b'\0' * (-len(package) % 16)
    return struct.pack('<Q', len(package)) + aes_ecb(key, padded)


def compound_file(streams):
    """
    A version-3 OLE compound file with the given streams (name → bytes) in its root storage:
    streams under 4,096 bytes go in the mini stream, as readers expect.
    """
    sectors = []  # 512-byte sectors after the header
    fat = []

    def add_chain(data):
        if not data:
            return END_OF_CHAIN
        first = len(sectors)
        count = -(-len(data) // SECTOR)
        for i in range(count):
            sectors.append(data[i * SECTOR:(i + 1) * SECTOR].ljust(SECTOR, b'\0'))
            fat.append(first + i + 1 if i < count - 1 else END_OF_CHAIN)
        return first

    mini_data, mini_fat, starts = b'', [], {}
    for name, data in streams.items():
        if len(data) < MINI_CUTOFF:
            first = len(mini_data) // MINI_SECTOR
            count = -(-len(data) // MINI_SECTOR)
            mini_fat.extend(first + i + 1 if i < count - 1 else END_OF_CHAIN for i in range(count))
            mini_data += data.ljust(count * MINI_SECTOR, b'\0')
            starts[name] = first
    root_start = add_chain(mini_data)
    for name, data in streams.items():
        if len(data) >= MINI_CUTOFF:
            starts[name] = add_chain(data)
    mini_fat_start = add_chain(b''.join(struct.pack('<I', e) for e in mini_fat))

    names = list(streams)
    # One storage of streams as a chain of right siblings: a valid (if unbalanced) tree.
    ordered = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    ids = {i: n + 1 for n, i in enumerate(ordered)}
    entries = [_dir_entry('Root Entry', 5, 1, NO_STREAM, NO_STREAM, ids[ordered[0]], root_start, len(mini_data))]
    for n, i in enumerate(ordered):
        right = ids[ordered[n + 1]] if n + 1 < len(ordered) else NO_STREAM
        entries.append(_dir_entry(names[i], 2, 1, NO_STREAM, right, NO_STREAM, starts[names[i]], len(streams[names[i]])))
    while len(entries) % 4:
        entries.append(b'\0' * 64 + struct.pack('<HBB', 0, 0, 0) + struct.pack('<III', NO_STREAM, NO_STREAM, NO_STREAM) + b'\0' * 48)
    directory_start = add_chain(b''.join(entries))

    fat_sectors = 1
    while (len(sectors) + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    fat_start = len(sectors)
    fat.extend([FAT_SECTOR] * fat_sectors)
    fat.extend([FREE] * (fat_sectors * (SECTOR // 4) - len(fat)))
    fat_bytes = b''.join(struct.pack('<I', e) for e in fat)
    for i in range(fat_sectors):
        sectors.append(fat_bytes[i * SECTOR:(i + 1) * SECTOR])

    difat = [fat_start + i for i in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 16
              + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6) + b'\0' * 6
              + struct.pack('<IIIIIIIII', 0, fat_sectors, directory_start, 0, MINI_CUTOFF,
                            mini_fat_start if mini_fat else END_OF_CHAIN, -(-len(mini_fat) * 4 // SECTOR),
                            END_OF_CHAIN, 0)
              + b''.join(struct.pack('<I', e) for e in difat))
    return header + b''.join(sectors)


def _dir_entry(name, kind, color, left, right, child, start, size):
    encoded = name.encode('utf-16-le') + b'\0\0'
    return (encoded.ljust(64, b'\0') + struct.pack('<HBB', len(encoded), kind, color)
            + struct.pack('<III', left, right, child) + b'\0' * 16 + struct.pack('<I', 0)
            + b'\0' * 16 + struct.pack('<IQ', start, size))


def check(path, package):
    """Decrypts the output with msoffcrypto-tool and compares it with the input package."""
    import msoffcrypto
    with open(path, 'rb') as f:
        office = msoffcrypto.OfficeFile(f)
        office.load_key(password=PASSWORD, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain)
    if plain.getvalue() != package:
        raise SystemExit(f'{path}: decrypting gives other bytes than the input')


def main(source, out):
    with open(source, 'rb') as f:
        package = f.read()
    key = derive_key(PASSWORD, SALT)
    data = compound_file({'EncryptionInfo': encryption_info(key), 'EncryptedPackage': encrypted_package(key, package)})
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, 'wb') as f:
        f.write(data)
    check(out, package)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
