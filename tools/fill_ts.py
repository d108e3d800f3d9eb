"""Fill unfinished messages of a Qt .ts file from a JSON map {source: translation}.

Usage: python tools/fill_ts.py assets/i18n/qorgau_ru.ts translations.json
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path


def fill(ts: Path, table: dict[str, str]) -> int:
    """Return how many messages are still unfinished after filling."""
    text = ts.read_text(encoding="utf-8")

    def replace(m: re.Match[str]) -> str:
        source = html.unescape(m.group(1))
        if source not in table:
            return m.group(0)
        return f"<source>{m.group(1)}</source>{m.group(2)}<translation>{html.escape(table[source], quote=False)}</translation>"

    text = re.sub(r'<source>([^<]*)</source>(\s*)<translation type="unfinished"></translation>', replace, text)
    ts.write_text(text, encoding="utf-8")
    return text.count('type="unfinished"')


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    print(f"{left} unfinished")
