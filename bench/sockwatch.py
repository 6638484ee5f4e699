"""`python -m bench.sockwatch PID`: peak number of sockets PID holds, minus those at start.

Samples /proc/PID/fd from outside the watched process (so sampling does not compete for
its event loop) until stdin closes, then prints JSON. Reading the fd table is cheap, unlike
parsing the system-wide /proc/net/tcp, which with thousands of short-lived connections
would cost more CPU than the client being measured. Linux only.
"""

from __future__ import annotations

import json
import os
import sys
import threading

INTERVAL = 0.005


def count(pid: int) -> int:
    fds = f"/proc/{pid}/fd"
    n = 0
    for fd in os.listdir(fds):
        try:
            if os.readlink(f"{fds}/{fd}").startswith("socket:"):
                n += 1
        except OSError:  # closed between listdir and readlink
            pass
    return n


def main(pid: int) -> None:
    stop = threading.Event()

    def wait_for_eof() -> None:
        # stdin closing (the watched process is done, or died) ends the watch.
        sys.stdin.read()
        stop.set()

    threading.Thread(target=wait_for_eof, daemon=True).start()
    base = count(pid)  # the event loop's own socketpair and the like
    peak = samples = 0
    while not stop.is_set():
        try:
            peak = max(peak, count(pid) - base)
        except OSError:
            break
        samples += 1
        stop.wait(INTERVAL)
    print(json.dumps({"peak": peak, "samples": samples}))


if __name__ == "__main__":
    main(int(sys.argv[1]))
