"""The GitHub Action (action.yml) run as a runner runs it, without GitHub.

Usage: python tests/dist/action.py <linkwa tarball from npm pack> (run by tests/dist/run.sh; needs
PyYAML, from tests/dist/requirements.txt).

In a scratch git repository with the GITHUB_* and RUNNER_* variables a runner sets, each step of
the composite action is run as the runner runs a `shell: bash` step (`bash --noprofile --norc -eo
pipefail FILE`), its `env` with the `${{ inputs.* }}` and `${{ github.* }}` expressions replaced by
the inputs a workflow gives (the defaults otherwise; `version` is the tarball, since the package is
not published from this tree). Checked: a broken payload gives `::error` annotations for its file
and exit status 1; the fixed payload none and exit status 0; `format: sarif` with `output` writes a
SARIF file; the default `version` is the crate's.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
BROKEN = '{\n  "type": "text",\n  "text": {"body": 42},\n}\n'
FIXED = '{\n  "type": "text",\n  "text": {"body": "Hello"}\n}\n'
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def expand(value, inputs, github):
    def one(match):
        scope, name = match.group(1), match.group(2)
        if scope == "inputs":
            return inputs.get(name, str(ACTION["inputs"][name].get("default", "")))
        return github[name]

    return re.sub(r"\$\{\{\s*(inputs|github)\.([a-z_]+)\s*\}\}", one, str(value))


def run_action(repo, inputs, runner):
    """Runs every step; returns (exit status of the first failing step or 0, stdout + stderr)."""
    github = {"action_path": str(ROOT), "workspace": str(repo)}
    output = ""
    for index, step in enumerate(ACTION["runs"]["steps"]):
        assert step["shell"] == "bash", "the test runs bash steps"
        script = runner / f"step-{index}.sh"
        script.write_text(expand(step["run"], inputs, github))
        env = dict(os.environ)
        env.update({k: expand(v, inputs, github) for k, v in step.get("env", {}).items()})
        env.update(
            {
                "CI": "true",
                "GITHUB_ACTIONS": "true",
                "GITHUB_WORKSPACE": str(repo),
                "GITHUB_ACTION_PATH": str(ROOT),
                "GITHUB_ACTION": "linkwa",
                "GITHUB_REPOSITORY": "someone/payloads",
                "GITHUB_EVENT_NAME": "pull_request",
                "GITHUB_SHA": subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip(),
                "GITHUB_OUTPUT": str(runner / "output"),
                "GITHUB_ENV": str(runner / "env"),
                "GITHUB_PATH": str(runner / "path"),
                "GITHUB_STEP_SUMMARY": str(runner / "summary"),
                "RUNNER_TEMP": str(runner / "temp"),
                "RUNNER_OS": "Linux",
                # A cache of its own, as on a fresh runner.
                "npm_config_cache": str(runner / "npm-cache"),
            }
        )
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
        )
        output += done.stdout + done.stderr
        if done.returncode != 0:
            return done.returncode, output
    return 0, output


def main():
    tarball = str(Path(sys.argv[1]).resolve())
    version = json.loads((ROOT / "wasm" / "pkg" / "package.json").read_text())["version"]
    check(str(ACTION["inputs"]["version"]["default"]) == version, f"the default version is the package's ({version})")
    check(ACTION["inputs"]["format"]["default"] == "github", "the default format is github")
    with tempfile.TemporaryDirectory(prefix="linkwa-action-") as scratch:
        scratch = Path(scratch)
        repo, runner = scratch / "repo", scratch / "runner"
        (repo / "payloads").mkdir(parents=True)
        (runner / "temp").mkdir(parents=True)
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        payload = repo / "payloads" / "greeting.json"
        payload.write_text(BROKEN)
        git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
        subprocess.run([*git, "add", "."], cwd=repo, check=True)
        subprocess.run([*git, "commit", "-qm", "broken"], cwd=repo, check=True)

        inputs = {"paths": "payloads/", "version": tarball}
        status, output = run_action(repo, inputs, runner)
        print(output)
        check(status == 1, f"broken payload: exit status 1 (got {status})")
        annotations = [line for line in output.splitlines() if line.startswith(("::error", "::warning", "::notice"))]
        check(any(line.startswith("::error file=payloads/greeting.json,line=3,") and "LW006" in line for line in annotations), "broken payload: an ::error annotation at payloads/greeting.json line 3 (LW006)")
        check(any("LW009" in line for line in annotations), "broken payload: the trailing comma is annotated (LW009)")

        status, output = run_action(repo, {**inputs, "format": "sarif", "output": "linkwa.sarif"}, runner)
        sarif = json.loads((repo / "linkwa.sarif").read_text())
        check(status == 1 and sarif["version"] == "2.1.0" and sarif["runs"][0]["results"], "format sarif, output: a SARIF file with results, exit status 1")

        payload.write_text(FIXED)
        subprocess.run([*git, "commit", "-qam", "fixed"], cwd=repo, check=True)
        status, output = run_action(repo, inputs, runner)
        print(output)
        check(status == 0, f"fixed payload: exit status 0 (got {status})")
        check(not [line for line in output.splitlines() if line.startswith(("::error", "::warning"))], "fixed payload: no annotation")
    print(f"{'FAILED' if failures else 'passed'}: the Action ({len(failures)} failed)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
