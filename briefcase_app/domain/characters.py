"""Which characters are invisible: one rule, from the Unicode database, for what is printed
(text/normalise.clean removes them) and what is searched (domain/query.normalise: word breaks)."""

from __future__ import annotations

import regex

#: control characters but tab and newline, format characters (bidi marks, zero-width joiners,
#: the soft hyphen, the BOM, Arabic and Egyptian format signs), surrogates, noncharacters and
#: variation selectors. The `regex` library reads these classes from its Unicode tables, which
#: follow new Unicode versions; a hand-kept list (as before) had missed the Mongolian free
#: variation selectors and the noncharacters of planes 1-16.
INVISIBLE = regex.compile(
    r"[[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}\p{Variation_Selector}]--[\t\n]]", regex.V1
)
