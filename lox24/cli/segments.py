"""`lox24 segments TEXT`: encoding, parts and characters of a text, offline."""

from __future__ import annotations

from typing import Any

import click

from ._app import Settings, emit

__all__ = ["COMMANDS", "analyse"]


def analyse(text: str, is_unicode: bool | None = None) -> dict[str, Any]:
    """What `lox24 segments` shows: `lox24.segments` plus the characters that force UCS-2 or count twice.

    ```python
    analyse("Hi 🙂")["ucs2_characters"]  # [{'index': 3, 'char': '🙂', 'codepoint': 'U+1F642'}]
    ```
    """
    import lox24

    seg = lox24.segments(text, is_unicode=is_unicode)
    ucs2, extension = [], []
    for index, char in enumerate(text):
        one = lox24.segments(char)
        entry = {"index": index, "char": char, "codepoint": f"U+{ord(char):04X}"}
        if one.encoding == "UCS-2":
            ucs2.append(entry)
        elif one.characters == 2 and seg.encoding == "GSM-7":
            extension.append(entry)
    return {
        "encoding": seg.encoding,
        "parts": seg.parts,
        "characters": seg.characters,
        "per_part": seg.per_part,
        "remaining": seg.remaining,
        "ucs2_characters": ucs2,
        "extension_characters": extension,
    }


@click.command(
    epilog="""\b
Examples:
  lox24 segments "Hello €"        # GSM-7, € counts 2
  lox24 segments "Grüße 🙂"       # UCS-2 because of 🙂 (marked)
  lox24 --json segments "$(cat message.txt)"
"""
)
@click.argument("text")
@click.option("--unicode/--gsm", "is_unicode", default=None, help="Force UCS-2 or GSM-7 (default: detect).")
@click.pass_obj
def segments(settings: Settings, text: str, is_unicode: bool | None) -> None:
    """Encoding, parts and characters of TEXT as LOX24 bills it (offline, no token needed).

    Characters that force UCS-2 are marked in red, GSM extension characters (counting two) in yellow.
    """
    result = analyse(text, is_unicode)
    if settings.json_output:
        emit(settings, result)
        return
    from rich.console import Console
    from rich.text import Text

    forcing = {e["index"] for e in result["ucs2_characters"]}
    double = {e["index"] for e in result["extension_characters"]}
    marked = Text()
    for index, char in enumerate(text):
        style = "bold white on red" if index in forcing else "black on yellow" if index in double else ""
        marked.append(char, style=style)
    console = Console()
    console.print(marked)
    console.print(
        f"{result['encoding']}: {result['parts']} part(s), {result['characters']} characters, "
        f"{result['per_part']} per part, {result['remaining']} left in the last part"
    )
    if forcing:
        chars = ", ".join(f"{e['char']!r} ({e['codepoint']}) at {e['index']}" for e in result["ucs2_characters"])
        console.print(f"forces UCS-2: {chars}", markup=False)
    if double:
        chars = ", ".join(f"{e['char']!r} at {e['index']}" for e in result["extension_characters"])
        console.print(f"count two (GSM extension): {chars}", markup=False)


COMMANDS = [segments]
