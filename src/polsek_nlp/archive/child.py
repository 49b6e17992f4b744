"""One call run in a forked child process while this process goes on.

    >>> pending = Background(survey_of, path, fork=True)   # the child starts at once
    >>> ...                                                 # this process builds its pipeline meanwhile
    >>> profile = pending.result()                          # the child's answer (pickled back)

`batch` surveys its input this way while it builds what its forked workers will share (issue 20):
the survey is the parent's own work, so on a second core it need not wait for the start, nor the
start for it. The answer must pickle; the call must only read (what the child writes elsewhere is
lost with it). Where there is no fork, or the child dies or its answer does not pickle, `result`
makes the call in this process: the answer is the same, only later.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any


def fork_available() -> bool:
    import multiprocessing as mp

    return "fork" in mp.get_all_start_methods()


class Background:
    """`fn(*args)`, computed in a forked child process when `fork` (and the platform has fork),
    else by `result()` in this process."""

    def __init__(self, fn: Callable[..., Any], *args: Any, fork: bool = True) -> None:
        self._fn, self._args = fn, args
        self._conn = self._proc = None
        if fork and fork_available():
            import multiprocessing as mp

            ctx = mp.get_context("fork")
            self._conn, send = ctx.Pipe(duplex=False)
            self._proc = ctx.Process(target=_child, args=(send, os.getpid(), fn, args), daemon=True,
                                     name="polsek-background")
            self._proc.start()
            send.close()  # the child holds the sending end: EOF here when it ends without answering

    def result(self) -> Any:
        """The call's answer (its exception raised here, as the call would have raised it). An
        interrupt while waiting (Ctrl-C, a stop signal the program turns into an exception) ends the
        child at once and goes on up: the survey is not waited for."""
        if self._conn is not None:
            try:
                answered, value = self._conn.recv()
            except (EOFError, OSError):  # the child died before answering: the call is made here
                answered, value = None, None
            except BaseException:
                self.cancel()
                raise
            self._end()
            if answered is True:
                return value
            if answered is False:
                raise value
        return self._fn(*self._args)

    def cancel(self) -> None:
        """End the child if it still runs, and reap it (no answer is wanted any more). Safe to call
        more than once, and after `result`."""
        if self._proc is not None and self._proc.is_alive():
            self._proc.terminate()
        self._end()

    def _end(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._proc.join()
            self._conn = self._proc = None


def _child(send: Any, parent: int, fn: Callable[..., Any], args: tuple) -> None:
    import gc
    import signal

    from polsek_nlp.archive.pool import die_with_parent

    # a stop or Ctrl-C sent to the whole process group is the parent's to handle: it ends this child
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)
    gc.freeze()  # the parent's heap, inherited: a collection here would only copy its pages
    try:
        answer = (True, fn(*args))
    except Exception as exc:  # noqa: BLE001 - raised in the parent by `result`
        answer = (False, exc)
    try:
        send.send(answer)
    except Exception:  # noqa: BLE001 - an answer that does not pickle: the parent makes the call
        pass
    send.close()
