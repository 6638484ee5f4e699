"""`make demo`: a realistic session with the `vimmerse` CLI and the Python SDK, offline.

It starts the stateful mock on a free port (short simulated job durations), runs the CLI
as you would type it, then the same kind of work through the SDK, checks that the files
on disk really are PNG and MP4, prints where they are and stops the mock, also on a
failure or Ctrl-C. No network and no real key: the mock's development key is used.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.mock_process import DEV_KEY, running_mock, vimmerse_command
from vimmerse import AsyncVimmerse, JobProgress, Vimmerse, asset_url

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".demo"
NO_CREDIT_KEY = "demo-key-without-credit"
# Seconds each simulated job takes: long enough to see progress, short enough to wait for.
MOCK_FLAGS = (
    "--key", DEV_KEY, "--key", f"{NO_CREDIT_KEY}=0",
    "--duration", "image=1", "--duration", "video=1", "--duration", "media=3",
)  # fmt: skip
POLL = 0.25


def say(text: str) -> None:
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("", "")
    print(f"\n{bold}== {text}{plain}", flush=True)


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def png(path: Path, width: int, height: int, red: int, green: int) -> Path:
    """A small PNG, blue rising left to right, written without an imaging library."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((red, green, (x * 255) // width)) for x in range(width))
        for _ in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


class Cli:
    """Runs `vimmerse ...` as a user would, echoing the command line first."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str, key: str | None = None, expect: int = 0) -> str:
        env = {**self.env, "VIMMERSE_API_KEY": key} if key else self.env
        prefix = "VIMMERSE_API_KEY=<no-credit key> " if key else ""
        print(f"$ {prefix}vimmerse {shlex.join(args)}", flush=True)
        capture = "--json" in args  # the demo reads values out of the JSON answer
        done = subprocess.run(
            [*vimmerse_command(), *args],
            env=env,
            cwd=ROOT,  # the paths in the commands are relative to the repository
            stdout=subprocess.PIPE if capture else None,
            text=True,
            check=False,
        )
        if done.returncode != expect:
            raise SystemExit(f"demo: expected exit code {expect}, got {done.returncode}")
        if expect:
            print(f"(exit code {done.returncode}, as the table in `vimmerse --help` documents)")
        return done.stdout or ""


def cli_session(cli: Cli, start: Path, end: Path) -> list[Path]:
    say("The CLI: upload an image")
    upload = json.loads(cli("image", "upload", rel(start), "--json"))
    url = upload["results"][0]
    print(f"asset {upload['id']}: {url}")

    say("image-to-image, wait with a progress bar, download the result")
    image_dir = WORK / "cli" / "image"
    cli(
        "image", "image-to-image", "--image-url", url, "--prompt", "the same scene in watercolour",
        "--wait", "--download", rel(image_dir),
    )  # fmt: skip

    say("A media video from two images: progress to 100 %, then the MP4")
    video_dir = WORK / "cli" / "video"
    cli(
        "media", "create", rel(start), rel(end), "--prompt", "a slow dolly from dawn to dusk",
        "--download", rel(video_dir),
    )  # fmt: skip

    say("A refined prompt, and a credit estimate")
    cli("text", "refine-prompt", "--prompt", "a fox in the snow")
    cli("image", "estimate-credits", "--option", "NanoBanana", "--quantity", "2")

    say("An account without credit: a 402 is one clear line and exit code 4")
    cli("image", "text-to-image", "--prompt", "a fox", key=NO_CREDIT_KEY, expect=4)
    return sorted(image_dir.iterdir()) + sorted(video_dir.iterdir())


def _rows_sent(out: Path) -> int:
    """Rows of the batch's journal past the queue (0 before it exists)."""
    try:
        with sqlite3.connect(f"file:{out / 'journal.sqlite'}?mode=ro", uri=True) as db:
            (count,) = db.execute("SELECT count(*) FROM rows WHERE state = 'submitted'").fetchone()
    except sqlite3.Error:  # not there yet
        return 0
    return int(count)


def batch_session(cli: Cli) -> list[Path]:
    """A batch from a JSONL file: priced, run, interrupted with Ctrl-C, resumed."""
    folder = WORK / "batch"
    folder.mkdir(parents=True)
    jobs = folder / "jobs.jsonl"
    animals = ("a fox", "an owl", "a hare", "a lynx", "a stag", "a wren")
    jobs.write_text(
        "".join(
            json.dumps({"operation": "image text-to-image", "prompt": f"{a} in the snow"}) + "\n"
            for a in animals
        ),
        encoding="utf-8",
    )
    out = folder / "out"
    say("A batch: six jobs from a JSONL file, priced first (--dry-run sends nothing paid)")
    print(jobs.read_text(encoding="utf-8"), end="")
    cli("batch", "run", rel(jobs), "--out", rel(out), "--dry-run")

    say("Run it, and press Ctrl-C once two jobs are in: it stops sending and says how to resume")
    args = ("batch", "run", rel(jobs), "--out", rel(out), "--concurrency", "2")
    print(f"$ vimmerse {shlex.join(args)}", flush=True)
    run = subprocess.Popen([*vimmerse_command(), *args], env=cli.env, cwd=ROOT)
    while _rows_sent(out) < 2 and run.poll() is None:
        time.sleep(0.05)  # watching the journal for the moment to press Ctrl-C
    run.send_signal(signal.SIGINT)
    print("^C", flush=True)
    if run.wait() != 130:
        raise SystemExit(f"demo: expected exit code 130, got {run.returncode}")

    say("The same command again resumes: nothing is sent twice, nothing downloaded twice")
    cli("batch", "run", rel(jobs), "--out", rel(out))
    cli("batch", "status", rel(out))
    return sorted(out.glob("*.png"))


def sdk_sync(base_url: str, start: Path) -> list[Path]:
    say("The SDK (sync): upload, text-to-image, wait, download")
    with Vimmerse(api_key=DEV_KEY, base_url=base_url) as client:
        upload = client.image.upload(start)
        print(f"client.image.upload -> {asset_url(upload)}")
        job = client.image.text_to_image(prompt="a red fox in the snow", async_mode=True)
        print(f"client.image.text_to_image -> asset {job.id} ({job.status})")
        done = client.assets.wait(job, poll_interval=POLL)
        print(f"client.assets.wait -> {done.status}, {done.credits} credits")
        return client.assets.download(done, WORK / "sdk" / "image")


async def sdk_async(base_url: str, start: Path, end: Path) -> Path:
    say("The SDK (async): a media from two images, followed to 100 %")

    def show(progress: JobProgress[object]) -> None:
        print(f"  media {progress.job_id}: {progress.percent} % ({progress.status})", flush=True)

    async with AsyncVimmerse(api_key=DEV_KEY, base_url=base_url) as client:
        media = await client.media.create(image_files=[start, end], prompt="walk")
        await client.media.wait(media.id, poll_interval=POLL, on_progress=show)
        return await client.media.download(media.id, WORK / "sdk" / "video.mp4")


def check(files: list[Path]) -> None:
    """Every result must be a real PNG or MP4, not just a file with the right name."""
    say("Checking the files")
    for path in files:
        head = path.read_bytes()[:12]
        if path.suffix == ".png" and head[:8] != b"\x89PNG\r\n\x1a\n":
            raise SystemExit(f"demo: {path} is not a PNG")
        if path.suffix == ".mp4" and head[4:8] != b"ftyp":
            raise SystemExit(f"demo: {path} is not an MP4")
        if path.suffix not in (".png", ".mp4"):
            raise SystemExit(f"demo: unexpected file {path}")
        kind = "PNG" if path.suffix == ".png" else "MP4"
        print(f"  {kind}  {path.stat().st_size:>7} bytes  {rel(path)}")


def main() -> int:
    began = time.monotonic()
    shutil.rmtree(WORK, ignore_errors=True)
    inputs = WORK / "inputs"
    inputs.mkdir(parents=True)
    start = png(inputs / "dawn.png", 96, 54, 250, 120)
    end = png(inputs / "dusk.png", 96, 54, 40, 20)
    say("Starting the stateful mock (vimmerse mock) on a free port")
    with running_mock(WORK / "mock", *MOCK_FLAGS) as base_url:
        print(f"mock ready at {base_url}, development key {DEV_KEY!r}")
        env = {
            **os.environ,
            "VIMMERSE_BASE_URL": base_url,
            "VIMMERSE_API_KEY": DEV_KEY,
            "VIMMERSE_POLL_INTERVAL": str(POLL),
        }
        files = cli_session(Cli(env), start, end)
        files += batch_session(Cli(env))
        files += sdk_sync(base_url, start)
        files.append(asyncio.run(sdk_async(base_url, start, end)))
        check(files)
    say(f"Done in {time.monotonic() - began:.0f} s; the mock is stopped")
    print(
        f"Your files are in {WORK.relative_to(ROOT)}/ (cli/, batch/ and sdk/); inputs in inputs/."
    )
    print("Next: `make test`, `vimmerse --help`, `make mock` for a mock that keeps running.")
    return 0


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds through running_mock, which stops the mock


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminated)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit("demo: interrupted; the mock is stopped")
