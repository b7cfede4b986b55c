#!/usr/bin/env python3
"""Fills unfinished messages of translations/<group>_<lang>.ts from TSV files.

    fill-translations.py TS_DIR TSV...

Each TSV line: context<TAB>source<TAB>french<TAB>arabic (English .ts files get the source);
plural forms are separated by '|', in the order the .ts file lists them.
Messages already translated are left alone; what stays unfinished is listed at the end, so a
string nobody translated is seen, never shipped silently in English.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET


def load(tsv_paths):
    table = {}
    for path in tsv_paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                parts = line.split("\t")
                if len(parts) != 4:
                    sys.exit("%s:%d: expected 4 tab-separated columns, found %d"
                             % (path, number, len(parts)))
                context, source, fr, ar = parts
                table[(context, source.replace("\\n", "\n"))] = {
                    "en": source.replace("\\n", "\n"), "fr": fr.replace("\\n", "\n"),
                    "ar": ar.replace("\\n", "\n")}
    return table


def fill(ts_path, table):
    lang = os.path.basename(ts_path).rsplit("_", 1)[1].split(".")[0]
    tree = ET.parse(ts_path)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            known = table.get((name, source))
            if known is None:  # Q_DECLARE_TR_FUNCTIONS(Name) contexts are not qualified
                short = name.rsplit("::", 1)[-1]
                known = next((v for (c, src), v in table.items()
                              if src == source and c.rsplit("::", 1)[-1] == short), None)
            if known is None and lang == "en":
                known = {"en": source}
            if known is None:
                left.append("%s: %s: %s" % (os.path.basename(ts_path), name, source))
                continue
            forms = translation.findall("numerusform")
            if forms:  # plural forms: "a|b|..." in the TSV; English derived from "(s)"
                values = known[lang].split("|")
                if lang == "en" and len(values) == 1:
                    values = [source.replace("(s)", ""), source.replace("(s)", "s")]
                for i, form in enumerate(forms):
                    form.text = values[min(i, len(values) - 1)]
            else:
                translation.text = known[lang]
            del translation.attrib["type"]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return left


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    table = load(argv[2:])
    left = []
    for ts in sorted(glob.glob(os.path.join(argv[1], "*_*.ts"))):
        left += fill(ts, table)
    for line in left:
        print("untranslated: " + line)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
