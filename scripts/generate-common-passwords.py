#!/usr/bin/env python3
"""Writes src/main/resources/people/common-passwords.txt: passwords people pick and attackers try first.

The list is generated, not copied: common base words and keyboard walks, combined with the
suffixes, years, capitalisation and letter-for-digit swaps people use to satisfy length rules.
Deterministic: the same script always writes the same file. Lower-case, one per line, sorted.
"""
import itertools
import pathlib

BASES = """password passw0rd letmein welcome admin administrator qwerty qwertyuiop asdfghjkl zxcvbnm
iloveyou sunshine princess dragon monkey football baseball soccer hockey basketball superman batman
master shadow michael jennifer jessica charlie daniel thomas jordan hunter ranger buster tigger
freedom whatever trustno1 starwars computer internet summer winter spring autumn secret
changeme default login abc123 access flower cookie pepper ginger banana orange chocolate
liverpool chelsea arsenal manchester barcelona madrid london paris newyork america england
mustang harley corvette ferrari yankees dallas chicago boston matrix hello hellothere
loveyou lovely angel angels blessed family friends forever mother father mylove babygirl
pokemon minecraft fortnite google facebook instagram twitter youtube microsoft apple samsung
newspaper broadsheet editor journalist reporter newsroom publisher headline article
qazwsx 1qaz2wsx zaq12wsx 1q2w3e4r qweasdzxc asdfgh zxcvbn poiuytrewq mnbvcxz
""".split()

SEQUENCES = ["123456789012", "1234567890", "0987654321", "111111111111", "000000000000", "123123123123",
             "12345678910", "987654321", "112233445566", "121212121212", "abcdefghijkl", "aaaaaaaaaaaa"]

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "!!", "1!", "123!", "@123", "#1", "01", "007",
            "69", "99", "2000", "2010", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027"]
PREFIXES = ["", "my", "the", "i", "1"]
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"})


def variants(word):
    for prefix, suffix in itertools.product(PREFIXES, SUFFIXES):
        candidate = prefix + word + suffix
        yield candidate
        yield candidate.translate(LEET)
        yield word + word if not prefix and not suffix else candidate


def main():
    words = set()
    for base in BASES:
        words.update(v.lower() for v in variants(base))
    for a, b in itertools.product(BASES[:40], BASES[:40]):
        if a != b:
            words.add((a + b).lower())
    words.update(SEQUENCES)
    # Only what a length rule would let through is worth listing; shorter ones fail anyway.
    listed = sorted(w for w in words if len(w) >= 8)
    target = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/people/common-passwords.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(listed) + "\n", encoding="utf-8")
    print(f"{len(listed)} passwords written to {target}")


if __name__ == "__main__":
    main()
