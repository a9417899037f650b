#!/usr/bin/env python3
"""Measure the latency and memory of the Forge language server on one domain.

    python3 bench/lsp/lsp_latency.py --domain DIR [--jar JAR] [--java java] [--java-opts="..."]
                                     [--edits 24] [--error-edits 3] [--hovers 24]
                                     [--completions 24] [--out RESULT.json] [--label TEXT]
                                     [--stderr FILE] [--jfr FILE]

Starts `java [opts] -jar forge-lsp-server.jar` with DIR (a folder with a forge.yaml, e.g. one
written by bench/synthetic/generate.py) as the workspace and speaks JSON-RPC/LSP over the
server's stdio, like an editor does. Measured with time.perf_counter (write --java-opts with `=`:
its value starts with a dash):

- start -> initialize: from starting the process to the initialize response;
- start -> initial build done: until the first read request after `initialized` is answered (the
  server answers reads only after the builds before them, here the check of every file);
- didOpen -> diagnostics: for the middle one of the files that declare models;
- didChange -> diagnostics: edits in the last third of that file, sent one at a time; each waits
  for the next publishDiagnostics of the file, then for the build to finish (a cheap read
  request) before the next edit, because the server cancels a build when an edit arrives during
  it. Valid edits come in fours on one model: add a field, change a value in it, change it back,
  remove the field (adding or removing a field changes what the file declares, so the files that
  use its declarations are checked again too). Error edits add a field of an unknown type and
  remove it again. Every publish is checked: after a valid edit the file's diagnostics are those
  it had when opened (apart from LF4xx migration warnings on the added field, which a workspace
  with a schema snapshot gives), an error edit adds an error and its removal takes it away again;
- didChange -> build done: until that read request is answered (includes re-checking the other
  files that depend on the edited one); the number of files re-checked per edit is recorded;
- hover and completion: at the relation targets (`belongsTo(Target)`) in the last third of the file;
- peak RSS: VmHWM of the server process from /proc/<pid>/status, read before shutdown.

--jfr records a Java Flight Recorder profile of the edits, hovers and completions (started with
jcmd after the file is opened). Writes every sample and the median/p95 as JSON (--out), prints a
Markdown table, and exits with 1 when a publish was not what the edit should give.
Python 3 standard library only (plus the JDK's jcmd for --jfr).
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TIMEOUT_S = 300.0


# ------------------------------------------------------------------------------------------------
# JSON-RPC over the server's stdio.

class Server:
    """A language server process and the messages it sent, with the time each one arrived."""

    def __init__(self, command, cwd, stderr_path):
        self.lock = threading.Condition()
        self.responses = {}  # id -> (time, message)
        self.published = {}  # uri -> [(time, diagnostics)]
        self.next_id = 0
        self.write_lock = threading.Lock()
        self.stderr_file = open(stderr_path, "wb")
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self.stderr_file)
        self.closed = False
        self.rebuilt_files = []  # files published per edit
        self.reader = threading.Thread(target=self._read_loop, daemon=True)
        self.reader.start()

    def _send(self, message):
        body = json.dumps(message, separators=(",", ":")).encode("utf-8")
        with self.write_lock:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()

    def _read_loop(self):
        stream = self.process.stdout
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.lower() == "content-length":
                        length = int(value.strip())
                body = stream.read(length)
                now = time.perf_counter()
                self._dispatch(now, json.loads(body))
        finally:
            with self.lock:
                self.closed = True
                self.lock.notify_all()

    def _dispatch(self, now, message):
        if "method" in message and "id" in message:
            # A request from the server (workspace/configuration, registerCapability, ...).
            result = [None] * len(message.get("params", {}).get("items", [])) \
                if message["method"] == "workspace/configuration" else None
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            return
        with self.lock:
            if "id" in message:
                self.responses[message["id"]] = (now, message)
            elif message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                self.published.setdefault(params["uri"], []).append((now, params["diagnostics"]))
            self.lock.notify_all()

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request_async(self, method, params):
        with self.lock:
            self.next_id += 1
            rid = self.next_id
        self._send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return rid

    def wait_response(self, rid):
        deadline = time.perf_counter() + TIMEOUT_S
        with self.lock:
            while rid not in self.responses:
                if self.closed:
                    raise RuntimeError("server exited; see its stderr")
                if not self.lock.wait(deadline - time.perf_counter()):
                    raise TimeoutError("no response to request %d" % rid)
            now, message = self.responses.pop(rid)
        if "error" in message:
            raise RuntimeError("request %d failed: %s" % (rid, message["error"]))
        return now, message.get("result")

    def request(self, method, params):
        """Sends a request; returns (seconds until the response, result)."""
        sent = time.perf_counter()
        rid = self.request_async(method, params)
        now, result = self.wait_response(rid)
        return now - sent, result

    def total_publishes(self):
        with self.lock:
            return sum(len(v) for v in self.published.values())

    def publish_count(self, uri):
        with self.lock:
            return len(self.published.get(uri, []))

    def wait_publish(self, uri, count):
        """Waits for publish number `count` (0-based) of `uri`; returns (time, diagnostics)."""
        deadline = time.perf_counter() + TIMEOUT_S
        with self.lock:
            while len(self.published.get(uri, [])) <= count:
                if self.closed:
                    raise RuntimeError("server exited; see its stderr")
                if not self.lock.wait(deadline - time.perf_counter()):
                    raise TimeoutError("no diagnostics for %s" % uri)
            return self.published[uri][count]

    def peak_rss_kb(self):
        return _status_kb(self.process.pid, "VmHWM")

    def rss_kb(self):
        return _status_kb(self.process.pid, "VmRSS")

    def stop(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.process.wait(timeout=20)
        except Exception:  # noqa: BLE001 - a dead or stuck server is killed below
            pass
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.stderr_file.close()


def _status_kb(pid, key):
    with open("/proc/%d/status" % pid, encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return None


# ------------------------------------------------------------------------------------------------
# The text of the opened document, and where to edit it.

class Document:
    """The client's copy of an open document (ASCII, as generated), edited by offsets."""

    def __init__(self, uri, text):
        self.uri = uri
        self.text = text
        self.version = 1

    def position(self, offset):
        line = self.text.count("\n", 0, offset)
        start = self.text.rfind("\n", 0, offset) + 1
        return {"line": line, "character": offset - start}

    def change(self, start, end, new_text):
        """Replaces text[start:end]; returns the didChange params of that edit."""
        change = {"range": {"start": self.position(start), "end": self.position(end)}, "text": new_text}
        self.text = self.text[:start] + new_text + self.text[end:]
        self.version += 1
        return {"textDocument": {"uri": self.uri, "version": self.version}, "contentChanges": [change]}


MODEL_RE = re.compile(r"^model (\w+)[^\n]*\{\n", re.M)
TARGET_RE = re.compile(r"(?:belongsTo|hasMany|manyToMany)\((\w+)")


def deep_models(text, share=1 / 3):
    """(name, offset after the model's opening line) of the models in the last `share` of the text."""
    cut = int(len(text) * (1 - share))
    found = [(m.group(1), m.end()) for m in MODEL_RE.finditer(text) if m.start() >= cut]
    if not found:
        found = [(m.group(1), m.end()) for m in MODEL_RE.finditer(text)][-3:]
    if not found:
        raise SystemExit("no model found in the opened file")
    return found


def reference_offsets(text, start_share=2 / 3):
    """(start, end) of the relation target names in the last third (in the whole text if none)."""
    cut = int(len(text) * start_share)
    found = [(m.start(1), m.end(1)) for m in TARGET_RE.finditer(text)]
    return [r for r in found if r[0] >= cut] or found


# ------------------------------------------------------------------------------------------------
# Statistics.

def percentile(samples, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def summary(samples_s):
    ms = [s * 1000 for s in samples_s]
    if not ms:
        return None
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 1), "p95_ms": round(percentile(ms, 95), 1),
            "max_ms": round(max(ms), 1), "samples_ms": [round(x, 2) for x in ms]}


def errors_in(diagnostics):
    return sum(1 for d in diagnostics if d.get("severity", 1) == 1)


def migration_warning(diagnostic):
    """An LF4xx warning: the server compares the domain with the schema snapshot of the workspace."""
    return str(diagnostic.get("code", "")).startswith("LF4") and diagnostic.get("severity", 1) != 1


def on_bench_field(doc, diagnostic):
    """True when the diagnostic starts on a line of a field the benchmark added (benchField...)."""
    line = diagnostic["range"]["start"]["line"]
    lines = doc.text.split("\n")
    return line < len(lines) and lines[line].lstrip().startswith("benchField")


# ------------------------------------------------------------------------------------------------
# The session.

def choose_file(domain):
    """The middle one of the domain's files that declare models (in name order)."""
    files = [f for f in sorted(domain.glob("*.forge")) if MODEL_RE.search(f.read_text(encoding="utf-8"))]
    if not files:
        raise SystemExit("no .forge file with a model in " + str(domain))
    return files[(len(files) - 1) // 2]


def run(args):
    domain = Path(args.domain).resolve()
    jar = Path(args.jar).resolve()
    if not jar.is_file():
        raise SystemExit("server jar missing: %s (build it: ./mvnw -B -o package -pl forge-lsp-server -am -DskipTests)" % jar)
    target = choose_file(domain)
    uri = target.as_uri()
    manifest = json.loads((domain / "manifest.json").read_text()) if (domain / "manifest.json").is_file() else {}
    command = [args.java] + args.java_opts.split() + ["-jar", str(jar)]
    stderr_path = args.stderr or os.path.join(tempfile.gettempdir(), "forge-lsp-bench-%d.stderr" % os.getpid())

    server = Server(command, str(domain), stderr_path)
    result = {"label": args.label, "domain": str(domain), "models": manifest.get("models"),
              "snapshot": (domain / ".laforge" / "schema.json").is_file(),
              "files": manifest.get("files"), "lines": manifest.get("lines"), "opened": target.name,
              "command": command[:-2] + ["-jar", jar.name], "load_average_before": os.getloadavg()[0]}
    try:
        rid = server.request_async("initialize", {
            "processId": os.getpid(), "rootUri": domain.as_uri(),
            "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]},
                                              "completion": {"completionItem": {"snippetSupport": True}},
                                              "publishDiagnostics": {}},
                             "workspace": {"configuration": False, "applyEdit": True}},
            "initializationOptions": {}})
        now, _ = server.wait_response(rid)
        result["initialize_ms"] = round((now - server.started) * 1000, 1)
        server.notify("initialized", {})
        sync(server)
        result["ready_ms"] = round((time.perf_counter() - server.started) * 1000, 1)
        result["rss_after_initial_build_mb"] = round(server.rss_kb() / 1024, 1)

        doc = Document(uri, target.read_text(encoding="utf-8"))
        count = server.publish_count(uri)
        sent = time.perf_counter()
        server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "forge", "version": 1,
                                                                "text": doc.text}})
        now, baseline = server.wait_publish(uri, count)
        result["did_open_ms"] = round((now - sent) * 1000, 1)
        sync(server)
        baseline_errors = errors_in(baseline)
        baseline_others = [d for d in baseline if not migration_warning(d)]
        result["baseline_diagnostics"] = len(baseline)
        if args.jfr:
            jcmd(server, "JFR.start", "name=bench", "settings=profile", "filename=" + str(Path(args.jfr).resolve()))

        edit_s, edit_build_s, error_s, problems, by_kind = [], [], [], [], {}
        migration_warnings = 0
        models = deep_models(doc.text)
        for k in range(args.edits):
            name, _ = models[(k // 4) % len(models)]
            params, kind = valid_edit(doc, k, name)
            seconds, build, diagnostics = edit_and_wait(server, doc, params)
            edit_s.append(seconds)
            edit_build_s.append(build)
            by_kind.setdefault(kind, []).append(seconds)
            # Migration warnings (with a schema snapshot) are accepted on the benchmark's own field.
            others = [d for d in diagnostics if not migration_warning(d)]
            foreign = [d for d in diagnostics if migration_warning(d) and not on_bench_field(doc, d)]
            migration_warnings += len(diagnostics) - len(others)
            if len(others) != len(baseline_others) or errors_in(diagnostics) != baseline_errors or foreign:
                problems.append("valid edit %d (%s in %s): %d diagnostics, expected %d: %s"
                                % (k, kind, name, len(diagnostics), len(baseline),
                                   ", ".join(sorted({str(d.get("code")) for d in diagnostics})) or "none"))
        for k in range(args.error_edits):
            name, after_header = models[k % len(models)]
            line = "  benchBroken%d: NoSuchType%d\n" % (k, k)
            at = after_header
            seconds, build, diagnostics = edit_and_wait(server, doc, doc.change(at, at, line))
            error_s.append(seconds)
            if errors_in(diagnostics) <= baseline_errors:
                problems.append("error edit %d: no new error reported" % k)
            seconds, build, diagnostics = edit_and_wait(server, doc, doc.change(at, at + len(line), ""))
            error_s.append(seconds)
            if errors_in(diagnostics) != baseline_errors:
                problems.append("error fix %d: %d errors remain, expected %d" % (k, errors_in(diagnostics), baseline_errors))
        result["did_change_ms"] = summary(edit_s)
        result["did_change_build_done_ms"] = summary(edit_build_s)
        result["did_change_by_kind_ms"] = {kind: summary(samples) for kind, samples in by_kind.items()}
        result["error_edit_ms"] = summary(error_s)
        result["files_revalidated_per_edit"] = server.rebuilt_files
        result["migration_warnings_after_valid_edits"] = migration_warnings

        references = reference_offsets(doc.text)
        if not references:
            raise SystemExit("no relation in " + target.name)
        hover_s, hover_empty = [], 0
        for k in range(args.hovers):
            start, end = references[k % len(references)]
            seconds, hover = server.request("textDocument/hover", {
                "textDocument": {"uri": uri}, "position": doc.position((start + end) // 2)})
            hover_s.append(seconds)
            hover_empty += 0 if hover else 1
        completion_s, completion_items = [], []
        for k in range(args.completions):
            start, _ = references[(k * 7) % len(references)]
            seconds, completion = server.request("textDocument/completion", {
                "textDocument": {"uri": uri}, "position": doc.position(start)})
            completion_s.append(seconds)
            items = completion.get("items", []) if isinstance(completion, dict) else (completion or [])
            completion_items.append(len(items))
        result["hover_ms"] = summary(hover_s)
        result["hover_empty"] = hover_empty
        result["completion_ms"] = summary(completion_s)
        result["completion_items_median"] = statistics.median(completion_items) if completion_items else 0
        if args.jfr:
            jcmd(server, "JFR.stop", "name=bench")
        result["peak_rss_mb"] = round(server.peak_rss_kb() / 1024, 1)
        result["rss_end_mb"] = round(server.rss_kb() / 1024, 1)
        result["problems"] = problems
    finally:
        server.stop()
    result["load_average_after"] = os.getloadavg()[0]
    result["stderr_lines"] = sum(1 for _ in open(stderr_path, encoding="utf-8", errors="replace"))
    if not args.stderr:
        os.unlink(stderr_path)
    return result


def jcmd(server, *command):
    """Runs a diagnostic command in the server JVM (used to profile only the edits, not the start)."""
    subprocess.run(["jcmd", str(server.process.pid)] + list(command), check=True, stdout=subprocess.DEVNULL)


def sync(server):
    """A cheap read request: answered only after every pending build finished."""
    return server.request("workspace/symbol", {"query": "\u0000sync"})


def valid_edit(doc, k, model):
    """Edit k of the valid series, in cycles of four on one model deep in the file: add a field,
    change a value in it, change the value back, remove the field. Half of the edits change what
    the file declares (other files that use its declarations are then re-checked), half do not."""
    header = re.search(r"^model %s\b[^\n]*\{\n" % re.escape(model), doc.text, re.M)
    at = header.end()
    field = re.compile(r"  benchField\d+: integer optional min\((\d)\)\n")
    step = k % 4
    if step == 0:
        return doc.change(at, at, "  benchField%d: integer optional min(0)\n" % k), "add field"
    added = field.match(doc.text, at)
    if step in (1, 2):
        return doc.change(added.start(1), added.end(1), "1" if step == 1 else "0"), "change value"
    return doc.change(added.start(), added.end(), ""), "remove field"


def edit_and_wait(server, doc, params):
    """Sends one didChange; returns (s to the file's next diagnostics, s to build done, diagnostics)."""
    count = server.publish_count(doc.uri)
    total = server.total_publishes()
    sent = time.perf_counter()
    server.notify("textDocument/didChange", params)
    now, diagnostics = server.wait_publish(doc.uri, count)
    sync(server)
    done = time.perf_counter()
    server.rebuilt_files.append(server.total_publishes() - total)
    return now - sent, done - sent, diagnostics


# ------------------------------------------------------------------------------------------------
# Reporting.

TARGETS = {
    # figure: {models: target ms}
    "did_change_ms": {500: 40, 2000: 100},
    "hover_ms": {500: 40},
    "completion_ms": {500: 40},
}


def markdown(result):
    def stat(key):
        s = result.get(key)
        return "%.1f / %.1f" % (s["median_ms"], s["p95_ms"]) if s else "n/a"

    rows = [
        ("process start -> initialize response", "%.0f ms" % result["initialize_ms"]),
        ("process start -> initial build done", "%.0f ms" % result["ready_ms"]),
        ("didOpen -> diagnostics", "%.0f ms" % result["did_open_ms"]),
        ("didChange -> diagnostics, median / p95 (%d edits)" % result["did_change_ms"]["n"], stat("did_change_ms") + " ms"),
        ("didChange -> build done, median / p95", stat("did_change_build_done_ms") + " ms"),
        ("error introduced/removed -> diagnostics, median / p95 (%d edits)" % (result["error_edit_ms"] or {"n": 0})["n"],
         stat("error_edit_ms") + " ms"),
        ("hover, median / p95 (%d)" % result["hover_ms"]["n"], stat("hover_ms") + " ms"),
        ("completion, median / p95 (%d, median %d items)" % (result["completion_ms"]["n"], result["completion_items_median"]),
         stat("completion_ms") + " ms"),
        ("peak RSS (VmHWM)", "%.0f MB" % result["peak_rss_mb"]),
    ]
    lines = ["| %s models (%s files, %s lines; edits in %s) | |" % (result["models"], result["files"], result["lines"],
                                                                result["opened"]),
             "|---|---|"]
    lines += ["| %s | %s |" % row for row in rows]
    return "\n".join(lines)


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domain", required=True, help="folder with forge.yaml and the .forge files")
    parser.add_argument("--jar", default=str(here.parent.parent / "forge-lsp-server" / "target" / "forge-lsp-server.jar"))
    parser.add_argument("--java", default="java")
    parser.add_argument("--java-opts", default="", help="JVM options, space separated")
    parser.add_argument("--edits", type=int, default=24, help="valid edits deep in the file")
    parser.add_argument("--error-edits", type=int, default=3, help="pairs of edits adding and removing an error")
    parser.add_argument("--hovers", type=int, default=24)
    parser.add_argument("--completions", type=int, default=24)
    parser.add_argument("--out", help="write the JSON result here")
    parser.add_argument("--label", default="")
    parser.add_argument("--stderr", help="keep the server's stderr in this file")
    parser.add_argument("--jfr", help="record a JFR profile of the edits, hovers and completions into this file")
    args = parser.parse_args()
    result = run(args)
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(markdown(result))
    for problem in result["problems"]:
        print("problem: " + problem, file=sys.stderr)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
