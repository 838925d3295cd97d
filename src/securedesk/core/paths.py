"""Where vaults live by default: a per-user data folder from platformdirs."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "securedesk"


def data_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_vault() -> Path:
    return data_folder() / "vaults" / "default"


def demo_vault() -> Path:
    return data_folder() / "vaults" / "demo"
