"""Find every translatable string in desktop_app/ and keep the zh_CN .ts catalogue in step.

Recognised: ``tr("Context", "text")`` (core), ``self.tr("text")`` (context = class name),
``QCoreApplication.translate("Context", "text")``, ``QT_TRANSLATE_NOOP("Context", "text")``,
``mark("Context", "text")`` (core's QT_TRANSLATE_NOOP)
and calls of a module helper such as ``_t("text")`` (context taken from the helper's own call).

``python -m tests.tr_strings --update`` adds missing messages to the .ts as unfinished,
for a translator to fill in Qt Linguist or by hand.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop_app"
TS = ROOT / "resources" / "i18n" / "foodsafety_desk_zh_CN.ts"


def _const(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions such as ``_t(text)`` that pass their argument to a translate call: name → context."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in ast.walk(node):
            if not isinstance(call, ast.Call) or len(call.args) < 2:
                continue
            func = call.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("translate", "QT_TRANSLATE_NOOP") and _const(call.args[0]) and _passes_argument(call.args[1]):
                helpers[node.name] = _const(call.args[0])
    return helpers


def _passes_argument(node: ast.AST) -> bool:
    """``text`` or ``str(text)``: the helper hands its own argument on."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str" and node.args:
        node = node.args[0]
    return isinstance(node, ast.Name)


def strings_in(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = _helpers(tree)
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                func = child.func
                args = child.args
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if (
                    name in ("tr", "translate", "QT_TRANSLATE_NOOP", "mark")
                    and len(args) >= 2
                    and _const(args[0])
                    and _const(args[1])
                ):
                    found.add((_const(args[0]), _const(args[1])))
                elif name == "tr" and isinstance(func, ast.Attribute) and args and _const(args[0]) and cls:
                    found.add((cls, _const(args[0])))
                elif name in helpers and isinstance(func, ast.Name) and args and _const(args[0]):
                    found.add((helpers[name], _const(args[0])))
            visit(child, cls)

    visit(tree, None)
    return found


def all_strings() -> set[tuple[str, str]]:
    result: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        result |= strings_in(path)
    return result


def update(ts: Path = TS) -> int:
    """Add missing messages as unfinished and drop those no longer in the code; returns how many were added."""
    root = ET.parse(ts).getroot() if ts.exists() else ET.Element("TS", version="2.1", language="zh_CN")
    wanted = all_strings()
    for ctx in list(root.iter("context")):
        name = ctx.findtext("name")
        for message in list(ctx.iter("message")):
            if (name, message.findtext("source")) not in wanted:
                ctx.remove(message)
        if not list(ctx.iter("message")):
            root.remove(ctx)
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    present = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
    added = 0
    for context, source in sorted(wanted - present):
        ctx = contexts.get(context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
            contexts[context] = ctx
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="unfinished")
        added += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return added


if __name__ == "__main__" and "--update" in sys.argv:
    print(f"added {update()} message(s) to {TS}")
