#!/usr/bin/env python3
"""Checks umbraco-config/ before the app sees it: JSON Schema per file kind, unique GUIDs, and every
cross-file reference (data types, compositions, allowed children, block element types, parent/content/media keys).

Usage: python3 scripts/check-umbraco-config.py [umbraco-config folder]
Exit code 0 when clean; otherwise prints one line per problem naming the file and field.
The app validates again at start; this script is for editors and CI, so it needs only the standard library
(jsonschema is used when installed)."""
import glob, json, os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "umbraco-config")
root = os.path.normpath(root)
problems = []

def err(f, msg):
    problems.append(f"{os.path.relpath(f, root)}: {msg}")

def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as e:
        err(path, f"cannot parse: {e}")
        return None

# ---- schema validation
try:
    import jsonschema
except ImportError:
    jsonschema = None

def schema_check(path, data):
    ref = data.get("$schema") if isinstance(data, dict) else None
    if not ref:
        err(path, "$schema missing")
        return
    sp = os.path.normpath(os.path.join(os.path.dirname(path), ref))
    if not os.path.exists(sp):
        err(path, f"$schema {ref} not found")
        return
    if jsonschema is None:
        return
    schema = load(sp)
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for e in sorted(v.iter_errors(data), key=lambda e: list(e.absolute_path)):
        err(path, f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}")

files = {}
for pattern in ["languages.json", "domains.json", "data-types.json", "dictionary.json",
                "document-types/*.json", "element-types/*.json", "content/*.json", "media/*.json"]:
    for p in sorted(glob.glob(os.path.join(root, pattern))):
        d = load(p)
        if d is not None:
            files[p] = d
            schema_check(p, d)
for p in sorted(glob.glob(os.path.join(root, "schema", "*.json"))):
    load(p)

def of(pattern):
    return [(p, d) for p, d in files.items() if re.fullmatch(pattern, os.path.relpath(p, root))]

# ---- GUID uniqueness (every "key" anywhere, except references)
seen = {}
def walk_keys(path, node, where=""):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "key" and isinstance(v, str):
                low = v.lower()
                if low in seen:
                    err(path, f"{where}: key {v} already used in {seen[low]}")
                else:
                    seen[low] = f"{os.path.relpath(path, root)}:{where}"
            walk_keys(path, v, f"{where}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk_keys(path, v, f"{where}/{i}")
for p, d in files.items():
    walk_keys(p, d)

# ---- languages
cultures = [l["isoCode"] for _, d in of("languages.json") for l in d.get("languages", [])]
defaults = [c for _, d in of("languages.json") for l in d.get("languages", []) if l.get("isDefault") for c in [l["isoCode"]]]
if len(defaults) != 1:
    problems.append("languages.json: exactly one language must be isDefault")
for p, d in of("languages.json"):
    for l in d["languages"]:
        if l.get("fallbackIsoCode") and l["fallbackIsoCode"] not in cultures:
            err(p, f"{l['isoCode']}: fallback {l['fallbackIsoCode']} is not a language")
for p, d in of("domains.json"):
    for dm in d["domains"]:
        if dm["culture"] not in cultures:
            err(p, f"domain culture {dm['culture']} is not a language")

# ---- types
data_types = {dt["alias"]: dt for _, d in of("data-types.json") for dt in d.get("dataTypes", [])}
types = {}
for p, d in of(r"(document|element)-types/[^/]+\.json"):
    if os.path.splitext(os.path.basename(p))[0] != d.get("alias"):
        err(p, f"file name must be the alias ({d.get('alias')})")
    if d.get("alias") in types:
        err(p, f"alias {d['alias']} defined twice")
    d["_element"] = p.split(os.sep)[-2] == "element-types"
    d["_file"] = p
    types[d["alias"]] = d
type_keys = {t["key"].lower(): a for a, t in types.items()}

def all_props(t, depth=0):
    out = {}
    for c in t.get("compositions", []):
        if c in types and depth < 5:
            out.update(all_props(types[c], depth + 1))
    for pr in t.get("properties", []):
        out[pr["alias"]] = pr
    return out

def all_groups(t):
    g = {x["alias"] for x in t.get("groups", [])}
    for c in t.get("compositions", []):
        if c in types:
            g |= {x["alias"] for x in types[c].get("groups", [])}
    return g

for dt in data_types.values():
    if dt["editorAlias"] == "Umbraco.BlockList":
        for b in dt["configuration"].get("blocks", []):
            a = type_keys.get(b["contentElementTypeKey"].lower())
            if a is None or not types[a]["_element"]:
                problems.append(f"data-types.json: {dt['alias']}: block key {b['contentElementTypeKey']} is not an element type")
            elif a != b.get("contentElementTypeAlias"):
                problems.append(f"data-types.json: {dt['alias']}: block key is {a}, alias says {b.get('contentElementTypeAlias')}")

for a, t in types.items():
    p = t["_file"]
    for c in t.get("compositions", []):
        if c not in types or not types[c]["_element"]:
            err(p, f"composition {c} is not an element type")
    for c in t.get("allowedChildren", []):
        if c not in types or types[c]["_element"]:
            err(p, f"allowed child {c} is not a document type")
    props = all_props(t)
    own = [pr["alias"] for pr in t.get("properties", [])]
    if len(own) != len(set(own)):
        err(p, "duplicate property alias")
    groups = all_groups(t)
    for pr in t.get("properties", []):
        if pr["dataType"] not in data_types:
            err(p, f"property {pr['alias']}: data type {pr['dataType']} not in data-types.json")
        if pr.get("group", "content") not in groups:
            err(p, f"property {pr['alias']}: group {pr.get('group')} not declared")
        if pr.get("variesByCulture") and not t.get("variesByCulture", True):
            err(p, f"property {pr['alias']}: varies by culture on an invariant type")
        rx = (pr.get("validation") or {}).get("regex")
        if rx:
            re.compile(rx)
    if not t["_element"]:
        if "title" in props and not props["title"].get("mandatory"):
            err(p, "title must be mandatory")

# ---- media
media = {}
for p, d in of(r"media/[^/]+\.json"):
    for m in d.get("items", []):
        if m["parentKey"] is not None and m["parentKey"].lower() not in media:
            err(p, f"{m['name']}: parentKey {m['parentKey']} not defined earlier")
        elif m["parentKey"] is not None and media[m["parentKey"].lower()]["mediaTypeAlias"] != "Folder":
            err(p, f"{m['name']}: parent is not a folder")
        media[m["key"].lower()] = m
        if m["mediaTypeAlias"] == "Image":
            for c in cultures:
                if not (m.get("altText") or {}).get(c):
                    err(p, f"{m['name']}: altText {c} missing")

# ---- content
nodes = {}
content_files = of(r"content/[^/]+\.json")
all_keys = {n["key"].lower() for _, d in content_files for n in d.get("items", [])}
segments = {}

def check_value(p, where, pr, v, culture):
    dt = data_types.get(pr["dataType"])
    if dt is None:
        return
    ed, cfg = dt["editorAlias"], dt["configuration"]
    val = pr.get("validation") or {}
    if ed in ("Umbraco.TextBox", "Umbraco.TextArea", "Umbraco.RichText"):
        if not isinstance(v, str):
            err(p, f"{where}: string expected"); return
        if ed != "Umbraco.RichText":
            limit = val.get("maxLength") or cfg.get("maxChars")
            if limit and len(v) > limit:
                err(p, f"{where}: {len(v)} characters, max {limit}")
        else:
            tags = set(re.findall(r"</?([a-zA-Z0-9]+)", v))
            bad = tags - set(cfg.get("allowedTags", []))
            if bad:
                err(p, f"{where}: tags not allowed: {sorted(bad)}")
            if re.search(r"\s(style|on\w+)\s*=", v, re.I):
                err(p, f"{where}: style or event attribute")
        if val.get("regex") and v and not re.search(val["regex"], v):
            err(p, f"{where}: does not match {val['regex']}")
    elif ed == "Umbraco.TrueFalse" and not isinstance(v, bool):
        err(p, f"{where}: boolean expected")
    elif ed == "Umbraco.Integer" and (not isinstance(v, int) or isinstance(v, bool)):
        err(p, f"{where}: integer expected")
    elif ed == "Umbraco.DateTime" and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)?", str(v)):
        err(p, f"{where}: ISO 8601 date-time expected")
    elif ed == "Umbraco.Tags" and not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
        err(p, f"{where}: array of strings expected")
    elif ed == "Umbraco.DropDown.Flexible":
        allowed = {i["value"] for i in cfg["items"]}
        if not isinstance(v, list) or any(x not in allowed for x in v) or (len(v) > 1 and not cfg.get("multiple")):
            err(p, f"{where}: {v} not among configured items")
    elif ed == "Umbraco.MultiUrlPicker":
        if not isinstance(v, list) or len(v) > (cfg.get("maxNumber") or 10**6):
            err(p, f"{where}: too many links"); return
        for l in v:
            if l.get("contentKey") and l["contentKey"].lower() not in all_keys:
                err(p, f"{where}: contentKey {l['contentKey']} not found")
            if l.get("mediaKey") and l["mediaKey"].lower() not in media:
                err(p, f"{where}: mediaKey {l['mediaKey']} not found")
            if not (l.get("contentKey") or l.get("mediaKey") or l.get("url")):
                err(p, f"{where}: link without target")
    elif ed == "Umbraco.MediaPicker3":
        for m in v:
            if m["mediaKey"].lower() not in media:
                err(p, f"{where}: mediaKey {m['mediaKey']} not found")
    elif ed == "AgriPole.FormPicker" and not (isinstance(v, str) and re.fullmatch(r"[a-z][A-Za-z0-9]*", v)):
        err(p, f"{where}: form alias expected")
    elif ed == "Umbraco.BlockList":
        allowed = {b["contentElementTypeAlias"] for b in cfg["blocks"]}
        for i, b in enumerate(v):
            if b["contentType"] not in allowed:
                err(p, f"{where}[{i}]: {b['contentType']} not allowed in {dt['alias']}"); continue
            et = types[b["contentType"]]
            eprops = all_props(et)
            for k, bv in b["values"].items():
                if k not in eprops:
                    err(p, f"{where}[{i}]: {k} is not a property of {b['contentType']}")
                else:
                    check_value(p, f"{where}[{i}].{k}", eprops[k], bv, culture)
            for k, epr in eprops.items():
                if epr.get("mandatory") and b["values"].get(k) in (None, "", []):
                    err(p, f"{where}[{i}]: mandatory {k} missing")

for p, d in content_files:
    for n in d.get("items", []):
        k = n["key"].lower()
        where = f"{n['key']} ({n['contentType']})"
        t = types.get(n["contentType"])
        if t is None or t["_element"]:
            err(p, f"{where}: unknown document type"); continue
        if n["parentKey"] is None:
            if not t.get("allowedAtRoot"):
                err(p, f"{where}: not allowed at root")
        else:
            parent = nodes.get(n["parentKey"].lower())
            if parent is None:
                err(p, f"{where}: parentKey {n['parentKey']} not defined earlier (file-name order)")
            elif n["contentType"] not in types[parent["contentType"]].get("allowedChildren", []):
                err(p, f"{where}: not an allowed child of {parent['contentType']}")
        nodes[k] = n
        props = all_props(t)
        for a, v in (n.get("values") or {}).items():
            if a not in props:
                err(p, f"{where}: {a} is not a property")
            elif props[a]["variesByCulture"]:
                err(p, f"{where}: {a} varies by culture: put it under cultures")
            else:
                check_value(p, f"{where}.{a}", props[a], v, None)
        for c, cv in n["cultures"].items():
            if c not in cultures:
                err(p, f"{where}: culture {c} is not a language")
            seg = cv.get("urlSegment")
            if seg:
                sk = (n["parentKey"], c, seg)
                if sk in segments:
                    err(p, f"{where}: url segment {seg} ({c}) already used by a sibling")
                segments[sk] = k
            for a, v in (cv.get("values") or {}).items():
                if a not in props:
                    err(p, f"{where}/{c}: {a} is not a property")
                elif not props[a]["variesByCulture"]:
                    err(p, f"{where}/{c}: {a} is invariant: put it in node values")
                else:
                    check_value(p, f"{where}/{c}.{a}", props[a], v, c)
            for a, pr in props.items():
                if pr.get("mandatory") and cv.get("published"):
                    v = (cv.get("values") or {}).get(a) if pr["variesByCulture"] else (n.get("values") or {}).get(a)
                    if v in (None, "", []):
                        err(p, f"{where}/{c}: mandatory {a} missing")

# ---- dropdown labels repeated in the dictionary (Members.Kind.<value>) must say the same thing
dictionary = {i["itemKey"]: i["values"] for _, d in of("dictionary.json") for i in d.get("items", [])}
for item in (data_types.get("memberKind") or {}).get("configuration", {}).get("items", []):
    dv = dictionary.get("Members.Kind." + item["value"])
    if dv is not None and dv != item["label"]:
        problems.append(f"dictionary.json: Members.Kind.{item['value']} differs from the memberKind label {item['label']}")

# ---- root-relative links in rich text must point at a page, when every segment on the way is explicit
domains = {dm["culture"]: dm["pathPrefix"].rstrip("/") for _, d in of("domains.json") for dm in d["domains"]}
def url(n, c, depth=0):
    if n["parentKey"] is None:
        return domains.get(c, "") + "/"
    seg = n["cultures"].get(c, {}).get("urlSegment")
    parent = nodes.get(n["parentKey"].lower())
    if not seg or parent is None or depth > 20:
        return None
    base = url(parent, c, depth + 1)
    return base + seg + "/" if base else None
known = {u for n in nodes.values() for c in n["cultures"] for u in [url(n, c)] if u}
for p, d in content_files:
    for m in re.finditer(r'href="(/[^"#?]*)', json.dumps(d, ensure_ascii=False).replace('\\"', '"')):
        if m.group(1) not in known:
            err(p, f"link {m.group(1)} matches no page with explicit url segments")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"umbraco-config OK: {len(files)} files, {len(seen)} keys, {len(types)} types, {len(nodes)} content nodes, "
      f"{len(media)} media items{'' if jsonschema else ' (jsonschema not installed: schemas not applied)'}")
