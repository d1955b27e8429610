"""Make the bundled 公文 faces in resources/fonts from Debian's free Chinese font packages.

    python installer/make_fonts.py FOLDER     # FOLDER holds the unpacked .deb files (dpkg-deb -x)

Needs ``pip install fonttools`` (only here: the program reads the fonts it makes with reportlab).

The faces, for PCs that lack 方正小标宋/仿宋_GB2312/楷体_GB2312 (every Linux machine, many fresh
Windows installs):

=========  =====================================  ==================================  ===========
role       bundled as                             from (Debian package)               licence
=========  =====================================  ==================================  ===========
标宋 title  FandolSong-Bold-GB.ttf                 FandolSong-Bold.otf                 GPL + font
           (texlive-lang-chinese)                                                      exception
仿宋 body   FandolFang-Regular-GB.ttf              FandolFang-Regular.otf              GPL + font
           (texlive-lang-chinese)                                                      exception
楷体       gkai00mp-GB.ttf                        gkai00mp.ttf (fonts-arphic-gkai00mp) Arphic PL
黑体       wqy-microhei.ttc (bundled already)      fonts-wqy-microhei                  Apache-2.0
=========  =====================================  ==================================  ===========

reportlab embeds TrueType outlines only, so the Fandol faces (PostScript/CFF outlines) are
converted to quadratic TrueType outlines. Each face is cut to the GB 2312 repertoire (the 6,763
characters of 仿宋_GB2312 and its peers, with their punctuation and ASCII): a character outside it,
a rare name say, is printed in the bundled 黑体, which covers far more (reports.fonts decides).
The result is deterministic: the same packages give the same files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "resources" / "fonts"

#: output file → (file name to find under FOLDER, family name written into the font)
FACES = {
    "FandolSong-Bold-GB.ttf": ("FandolSong-Bold.otf", "FSD Biaosong"),
    "FandolFang-Regular-GB.ttf": ("FandolFang-Regular.otf", "FSD Fangsong"),
    "gkai00mp-GB.ttf": ("gkai00mp.ttf", "FSD Kaiti"),
}


def gb2312_repertoire() -> set[int]:
    """Every character of GB 2312 (rows 1–9 symbols, 16–87 hanzi) and printable ASCII."""
    chars = set(range(0x20, 0x7F))
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    chars.update(map(ord, "　“”‘’—…·•％"))  # typed often, sometimes as look-alikes outside the table
    return chars


def to_truetype(font: object) -> None:
    """Replace a font's CFF outlines by TrueType (quadratic) ones, in place."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_order = font.getGlyphOrder()  # type: ignore[attr-defined]
    glyph_set = font.getGlyphSet()  # type: ignore[attr-defined]
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        # 1 unit of 1,000 per em: finer than any printer shows; PostScript contours turn the other way
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:  # type: ignore[operator]
            del font[tag]  # type: ignore[attr-defined]
    font["glyf"] = glyf  # type: ignore[index]
    font["loca"] = newTable("loca")  # type: ignore[index]
    maxp = font["maxp"]  # type: ignore[index]
    maxp.tableVersion = 0x00010000
    for attr, value in (
        ("maxZones", 1),
        ("maxTwilightPoints", 0),
        ("maxStorage", 0),
        ("maxFunctionDefs", 0),
        ("maxInstructionDefs", 0),
        ("maxStackElements", 0),
        ("maxSizeOfInstructions", 0),
        ("maxComponentElements", 0),
        ("maxComponentDepth", 0),
    ):
        setattr(maxp, attr, value)
    font["head"].glyphDataFormat = 0  # type: ignore[index]
    post = font["post"]  # type: ignore[index]
    post.formatType, post.extraNames, post.mapping = 3.0, [], {}  # glyph names are not needed to print
    font.sfntVersion = "\x00\x01\x00\x00"  # type: ignore[attr-defined]


def make(source: Path, target: Path, family: str) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]  # vertical forms and the like stay
    options.name_IDs = ["*"]  # the copyright and licence lines stay
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=gb2312_repertoire() & set(font.getBestCmap()))
    subsetter.subset(font)
    if "CFF " in font:
        to_truetype(font)
    for record in font["name"].names:  # a name of its own, so it never shadows the original if installed
        if record.nameID in (1, 4, 16):
            record.string = family if record.nameID != 4 else f"{family} Regular"
        elif record.nameID == 6:
            record.string = family.replace(" ", "") + "-Regular"
    font.save(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where the .deb files were unpacked")
    args = parser.parse_args(argv)
    found = {p.name: p for p in args.folder.rglob("*") if p.suffix.lower() in (".otf", ".ttf") and p.is_file()}
    for target, (source, family) in FACES.items():
        if source not in found:
            print(f"{source} not found under {args.folder}", file=sys.stderr)
            return 1
        make(found[source], FONTS / target, family)
        print(f"{target}: {(FONTS / target).stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
