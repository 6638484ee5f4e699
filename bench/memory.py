"""Memory: upload and download of a large file through the SDK to the stateful mock.

Each transfer runs in a fresh child process (`python -m bench.memory SPEC_JSON`), which
reports its peak RSS growth: VmRSS just before the transfer against VmHWM after it, with
the high-water mark reset first (`/proc/self/clear_refs` 5). The mock's growth is read the
same way from outside. The baseline is raw httpx streaming the same file the same way.
The file is sparse (no disk blocks until copied), in a temp dir removed afterwards.
Linux only.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

from bench import procs
from bench.report import Row

MiB = 1024 * 1024
GOAL_MIB = 64
UPLOAD_PATH = "/v2/video"


def status_kib(pid: int | str, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def reset_peak(pid: int | str) -> None:
    """Set VmHWM back to the current RSS, so the next peak is this step's alone."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def _sdk(spec: dict[str, Any]) -> dict[str, Any]:
    from vimmerse import Vimmerse, asset_url

    with Vimmerse(api_key=procs.API_KEY, base_url=spec["url"]) as client:
        if spec["op"] == "upload":
            asset = client.video.upload(video_file=spec["file"])
            return {"url": asset_url(asset), "asset_id": asset.id}
        paths = client.assets.download(spec["asset_id"], spec["dest"])
        return {"bytes": paths[0].stat().st_size}


def _raw(spec: dict[str, Any]) -> dict[str, Any]:
    with httpx.Client(timeout=600, headers=procs.AUTH) as client:
        if spec["op"] == "upload":
            with open(spec["file"], "rb") as f:
                response = client.post(
                    spec["url"] + UPLOAD_PATH, files={"video_file": ("big.mp4", f, "video/mp4")}
                )
            response.raise_for_status()
            body = response.json()
            return {"url": body["results"][0], "asset_id": body["id"]}
        out = Path(spec["dest"]) / "raw-download.bin"
        with client.stream("GET", spec["file_url"]) as response, out.open("wb") as f:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                f.write(chunk)
        return {"bytes": out.stat().st_size}


def child(spec: dict[str, Any]) -> dict[str, Any]:
    import vimmerse  # noqa: F401 - imported before the baseline, like the code under test

    before = status_kib("self", "VmRSS")
    reset_peak("self")
    result = _sdk(spec) if spec["client"] == "sdk" else _raw(spec)
    result["growth_bytes"] = (status_kib("self", "VmHWM") - before) * 1024
    return result


def _transfer(
    mock: procs.Server, mock_pid: int, spec: dict[str, Any], timeout: float
) -> dict[str, Any]:
    before = status_kib(mock_pid, "VmRSS")
    reset_peak(mock_pid)
    out: dict[str, Any] = json.loads(
        procs.run_json(["-m", "bench.memory", json.dumps({"url": mock.url, **spec})], timeout)
    )
    out["mock_growth_bytes"] = (status_kib(mock_pid, "VmHWM") - before) * 1024
    return out


def run(*, size: int, log_dir: Path) -> tuple[list[Row], dict[str, Any]]:
    details: dict[str, Any] = {"size_bytes": size}
    with tempfile.TemporaryDirectory(prefix="vimmerse-bench-mem-") as tmp_name:
        tmp = Path(tmp_name)
        free = shutil.disk_usage(tmp).free
        # The mock spools the upload and then copies it; each download writes it once more.
        if free < 6 * size + 2**30:
            raise RuntimeError(f"not enough disk in {tmp}: {free / 2**30:.1f} GiB free")
        big = tmp / "big.mp4"
        with big.open("wb") as f:
            f.write(b"\0\0\0\x18ftypisom")  # what the mock checks: an MP4's signature
            f.truncate(size)  # sparse: reads as zeros after it, takes no space
        dest = tmp / "downloads"
        dest.mkdir()
        max_mb = str(size // MiB + 64)
        with procs.start_mock(tmp / "mock", log_dir, "--max-upload-mb", max_mb) as mock:
            pid = procs.serving_pid(mock)
            timeout = 120 + size / (10 * MiB)  # even 10 MiB/s must finish
            for client in ("raw", "sdk"):
                up = _transfer(
                    mock, pid, {"client": client, "op": "upload", "file": str(big)}, timeout
                )
                down = _transfer(
                    mock,
                    pid,
                    {"client": client, "op": "download", "asset_id": up["asset_id"],
                     "file_url": up["url"], "dest": str(dest)},
                    timeout,
                )  # fmt: skip
                if down["bytes"] != size:
                    raise RuntimeError(f"{client} download got {down['bytes']} of {size} bytes")
                for p in dest.iterdir():  # keep the disk use down
                    p.unlink()
                details[client] = {"upload": up, "download": down}
    rows: list[Row] = []
    gib = f"{size / 2**30:g} GiB" if size >= 2**30 else f"{size / MiB:g} MiB"
    for op in ("upload", "download"):
        sdk, raw = details["sdk"][op], details["raw"][op]
        for side, key in (("client", "growth_bytes"), ("mock", "mock_growth_bytes")):
            value = sdk[key] / MiB
            rows.append(
                Row(
                    bench="memory",
                    metric=f"{op} of {gib}: {side} peak RSS growth",
                    value=value,
                    unit="MiB",
                    baseline_name="raw httpx streaming",
                    baseline=raw[key] / MiB,
                    goal=f"≤ {GOAL_MIB} MiB",
                    met=value <= GOAL_MIB,
                    note="SDK process"
                    if side == "client"
                    else "mock process, during the SDK's transfer",
                )
            )
    return rows, details


if __name__ == "__main__":
    print(json.dumps(child(json.loads(sys.argv[1]))))
