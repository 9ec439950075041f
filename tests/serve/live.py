"""Helpers for the tests and the benchmark of `sidenotes serve`: start it,
read its server-sent events, make raw HTTP requests. Loopback only; every
wait is bounded. Run with /usr/bin/python3."""
import os
import re
import select
import signal
import socket
import subprocess
import time


class Server:
    """`sidenotes serve SRC -o OUT --port 0 ...`, its port read from its
    first lines; stdout and stderr are collected in self.log."""

    def __init__(self, sidenotes, *args, timeout=60):
        self.proc = subprocess.Popen([sidenotes, "serve", *args, "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.log = b""
        self.port = None
        deadline = time.monotonic() + timeout
        while self.port is None:
            line = self.read_line(deadline)
            if line is None:
                raise RuntimeError("sidenotes serve did not start:\n" + self.log.decode())
            m = re.search(rb"at http://127\.0\.0\.1:(\d+)/", line)
            if m:
                self.port = int(m.group(1))

    def read_line(self, deadline):
        """One line of the server's output, or None at the deadline or end."""
        line = b""
        while not line.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.proc.stdout], [], [], left)[0]:
                return None
            c = os.read(self.proc.stdout.fileno(), 1)
            if not c:
                return None
            line += c
        self.log += line
        return line

    def wait_output(self, pattern, timeout=30):
        """Reads output until a line matches `pattern` (bytes regex)."""
        deadline = time.monotonic() + timeout
        while True:
            line = self.read_line(deadline)
            if line is None:
                return None
            if re.search(pattern, line):
                return line

    def stop(self, sig=signal.SIGINT, timeout=10):
        """Sends `sig`; returns the exit status (None if it did not exit)."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None
        rest = self.proc.stdout.read()
        self.log += rest or b""
        return rc


def request(port, target, method="GET", host="127.0.0.1", timeout=10):
    """A raw HTTP/1.1 request for `target` exactly as given (no
    normalisation of `..` or %XX). Returns (status, headers, body)."""
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(("%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                   % (method, target)).encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    return status, headers, body


class Events:
    """A client of the event stream, as a browser's EventSource would be."""

    def __init__(self, port, since):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.sendall(("GET /__sidenotes/events?since=%d HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Accept: text/event-stream\r\n\r\n" % since).encode())
        self.raw = b""    # received, not yet de-chunked
        self.text = b""   # the stream's body, de-chunked
        self.head = None  # the response's status line and headers

    def _dechunk(self):
        if self.head is None:
            if b"\r\n\r\n" not in self.raw:
                return
            self.head, _, self.raw = self.raw.partition(b"\r\n\r\n")
        while b"\r\n" in self.raw:
            size_line, _, rest = self.raw.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            if len(rest) < size + 2:
                return
            self.text += rest[:size]
            self.raw = rest[size + 2:]

    def next_event(self, timeout=20):
        """(event name, data) of the next event (comments skipped), or
        None at the timeout or when the stream ends."""
        deadline = time.monotonic() + timeout
        while True:
            self._dechunk()
            while b"\n\n" in self.text:
                block, _, self.text = self.text.partition(b"\n\n")
                name, data = "message", []
                for line in block.decode().split("\n"):
                    if line.startswith("event: "):
                        name = line[7:]
                    elif line.startswith("data: "):
                        data.append(line[6:])
                if data or name != "message":
                    return name, "\n".join(data)
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                return None
            self.raw += chunk

    def close(self):
        self.sock.close()


def generation(html):
    """The build generation a served page was made at (from its script)."""
    m = re.search(rb"events\?since=(\d+)", html)
    return int(m.group(1)) if m else None
