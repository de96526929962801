"""A render budget: a template is a program an officer received, and must not run for ever.

Three guards, each cheap for an honest template:

* values: ``*`` and ``**`` are checked before they run (``'x' * 3000000000`` would allocate
  3 GB at once), and every text a template reads or builds is measured (``check_value``);
* output: the text a template produces is counted as it comes (``BudgetedOutput``);
* time: a watchdog thread interrupts the rendering thread at the deadline (``deadline``), so
  that even a loop that calls nothing stops. CPython's asynchronous exception is used for
  that: it is delivered between bytecodes, and the half-rendered document is thrown away.
"""

from __future__ import annotations

import ctypes
import math
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Final

from commplan.i18n import _

MAX_SECONDS = 300.0
"""Time for one render; a 5,000-activity plan takes well under a minute on a busy machine.
(A module variable, read at each call, so that tests can shorten it.)"""
MAX_TEXT: Final = 10_000_000
"""Characters in one value a template reads or builds; a plan's longest text is a paragraph."""
MAX_OUTPUT: Final = 100_000_000
"""Characters one part may render to; a 5,000-activity plan's body is about 26 million."""
_JOIN_EVERY: Final = 65_536
MAX_INT_BITS: Final = 4096


class BudgetExceeded(Exception):
    """The template asked for more than the budget; ``str()`` says what, for people."""


class _Interrupted(Exception):
    """Delivered into the rendering thread by the watchdog.

    An ``Exception``, so that Jinja rewrites its traceback to template lines (``trial`` points
    at the paragraph); should a library swallow it, ``deadline`` still raises at the end.
    """


def _size(value: Any) -> int:
    return len(value) if isinstance(value, str | bytes | list | tuple) else 0


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse ``left * right`` or ``left ** right`` when the result would be too large."""
    if operator == "*":
        count = right if isinstance(right, int) else left if isinstance(left, int) else 0
        if max(_size(left), _size(right)) * max(count, 0) > MAX_TEXT:
            raise BudgetExceeded(
                _("'*' would build a value of more than {limit} characters").format(limit=MAX_TEXT)
            )
    elif operator == "**" and _too_many_bits(left, right):
        raise BudgetExceeded(
            _("'**' would build a number of more than {bits} bits").format(bits=MAX_INT_BITS)
        )


def _too_many_bits(left: Any, right: Any) -> bool:
    if not (isinstance(left, int) and isinstance(right, int)) or right <= 0 or abs(left) <= 1:
        return False
    return right * math.log2(abs(left)) > MAX_INT_BITS


def check_value(value: Any) -> Any:
    """``value``, unless it is a text or list over the budget."""
    if _size(value) > MAX_TEXT:
        raise BudgetExceeded(_("a value of more than {limit} characters").format(limit=MAX_TEXT))
    return value


def budgeted_concat(pieces: Iterable[str]) -> str:
    """Jinja's ``concat``, counting the output as it comes.

    Pieces are joined in batches: a loop writing one letter at a time would otherwise hold a
    list entry (8 bytes) per letter.
    """
    done: list[str] = []
    batch: list[str] = []
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > MAX_OUTPUT:
            raise BudgetExceeded(
                _("the template writes more than {limit} characters").format(limit=MAX_OUTPUT)
            )
        batch.append(piece)
        if len(batch) == _JOIN_EVERY:
            done.append("".join(batch))
            batch.clear()
    done.append("".join(batch))
    return "".join(done)


@contextmanager
def deadline(seconds: float | None = None) -> Iterator[None]:
    """Run the block with a time limit (``MAX_SECONDS`` by default).

    Raises:
        BudgetExceeded: the block ran out of time.
    """
    seconds = MAX_SECONDS if seconds is None else seconds
    target = threading.get_ident()
    done = threading.Event()
    lock = threading.Lock()
    fired: list[bool] = []

    def watch() -> None:
        if done.wait(seconds):
            return
        with lock:
            if not done.is_set():
                fired.append(True)
                _raise_in(target, _Interrupted)

    watcher = threading.Thread(target=watch, name="commplan-render-budget", daemon=True)
    watcher.start()
    try:
        yield
    except _Interrupted:
        raise _out_of_time(seconds) from None
    finally:
        with lock:
            done.set()
            if fired:  # delivered late, after the block: take it back
                _raise_in(target, None)
        watcher.join()
    if fired:  # swallowed on the way
        raise _out_of_time(seconds)


def _out_of_time(seconds: float) -> BudgetExceeded:
    return BudgetExceeded(
        _("the template ran for more than {seconds} seconds").format(seconds=round(seconds))
    )


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else ctypes.c_void_p(0)
    )
