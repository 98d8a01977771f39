"""The command line's shared pieces: options generated from the settings table, the settings they
resolve to, and the store they open. Commands defined outside `graph.cli` (ingest, backup, restore,
export-network) import these from here, so `graph.cli` can import those commands without a cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from graph.settings import BY_NAME, load_settings

if TYPE_CHECKING:
    from graph.store import Store

STORE_SETTINGS = ("store", "store_path", "remote_query_url", "remote_update_url", "remote_gsp_url")


def settings_options(*names: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Click options generated from the settings table, so flags, env and docs never drift."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        for name in reversed(names):
            s = BY_NAME[name]
            kind = click.INT if s.parse is int else click.FLOAT if s.parse is float else click.STRING
            fn = click.option(s.flag, name, type=kind, default=None, show_envvar=True,
                              help=f"{s.help} [env {s.env}; default {s.default!r}]")(fn)
        return fn

    return decorate


def resolve(**flags: Any) -> dict[str, Any]:
    try:
        return load_settings({k: v for k, v in flags.items() if k in BY_NAME})
    except (KeyError, ValueError) as exc:
        raise click.UsageError(str(exc)) from exc


def open_configured_store(settings: dict[str, Any]) -> Store:
    from graph.store import StoreError, open_store

    try:
        return open_store(settings)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
