"""GraphML: entities as nodes, claims as directed edges; opens in Cytoscape, Gephi and networkx."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import IO

from claimx.model import Argument, Claim

NODE_KEYS = (("label", "string"), ("type", "string"), ("claimx_id", "string"), ("xrefs", "string"))
EDGE_KEYS = (
    ("claim_id", "string"), ("predicate", "string"), ("negated", "boolean"), ("hedged", "boolean"),
    ("confidence", "double"), ("subject_text", "string"), ("subject_op", "string"),
    ("object_text", "string"), ("object_process", "string"), ("evidence", "string"),
    ("evidence_start", "int"), ("evidence_end", "int"), ("section", "string"), ("doc", "string"),
)

# XML 1.0 forbids most control characters even as references; they become U+FFFD.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_escape(s: str, attribute: bool = False) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    # A raw CR would be normalized to LF by every XML parser (and LF/TAB to spaces inside
    # attribute values); character references survive.
    s = s.replace("\r", "&#13;")
    if attribute:
        s = s.replace("\n", "&#10;").replace("\t", "&#9;")
    return _ILLEGAL.sub("\ufffd", s)


def _data(key: str, value: object) -> str:
    if isinstance(value, bool):
        value = "true" if value else "false"
    return f'<data key="{key}">{xml_escape(str(value))}</data>'


def _node(a: Argument) -> str:
    data = "".join(_data(k, v) for k, v in (("label", a.norm), ("type", a.type), ("claimx_id", a.id),
                                             ("xrefs", "|".join(a.xrefs))))
    return f'    <node id="{xml_escape(a.id, True)}">{data}</node>\n'


def write_graphml(claims: Iterable[Claim], out: IO[str]) -> int:
    claims = list(claims)  # nodes first, then edges: two passes
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
              'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for k, t in NODE_KEYS:
        out.write(f'  <key id="{k}" for="node" attr.name="{k}" attr.type="{t}"/>\n')
    for k, t in EDGE_KEYS:
        out.write(f'  <key id="{k}" for="edge" attr.name="{k}" attr.type="{t}"/>\n')
    out.write('  <graph id="claimx" edgedefault="directed">\n')
    seen: set[str] = set()
    for c in claims:
        for a in (c.subject, c.object):
            if a.id not in seen:
                seen.add(a.id)
                out.write(_node(a))
    for c in claims:
        values = (c.id, c.predicate, c.negated, c.hedged, repr(float(c.confidence)), c.subject.text,
                  c.subject.op or "", c.object.text, c.object.process or "", c.evidence.text,
                  c.evidence.span[0], c.evidence.span[1], c.evidence.section or "", c.doc.path)
        data = "".join(_data(k, v) for (k, _t), v in zip(EDGE_KEYS, values))
        out.write(f'    <edge id="{xml_escape(c.id, True)}" source="{xml_escape(c.subject.id, True)}" '
                  f'target="{xml_escape(c.object.id, True)}">{data}</edge>\n')
    out.write("  </graph>\n</graphml>\n")
    return len(claims)
