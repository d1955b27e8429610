"""The window on a campaign on a server: it reads anew what another clerk changed, and a restore onto
the server is done only when the person types the word that says so."""

import pytest

from desktop_app.core import settings as spec
from desktop_app.gui.app import open_main_window
from desktop_app.gui.worker import wait_idle
from desktop_app.services import backup, settings, tasks
from desktop_app.storage.database import Database
from tests.conftest import build_demo


@pytest.fixture
def server_window(qtbot, qapp, server_url, tmp_path):
    db = Database.open(tmp_path / "pc1", url=server_url, create=True)
    (tmp_path / "共享材料").mkdir()
    settings.set_value(db, spec.STORE_FOLDER, str(tmp_path / "共享材料"))
    build_demo(db)
    win = open_main_window(db, qapp)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_idle()
    db.close()


def _open_task(db):
    return next(t for t in tasks.list_tasks(db) if not t.is_group and t.status != "已完成")


def test_the_window_reads_anew_what_another_clerk_changed(server_window, tmp_path):
    win = server_window
    assert "服务器" in win.status_label.text() and "@" in win.status_label.text()
    assert win._others is not None and win._others.isActive()
    page = win.show_page("tasks")
    code = _open_task(win.db).code
    _settle()  # the look the window made as it came to the front
    before = page.model.tasks
    assert win.look_for_others()  # off the window's thread
    _settle()
    assert page.model.tasks is before  # nothing new yet: the page was not read again
    other = Database.open(tmp_path / "pc2", url=win.db.url, create=True)
    try:
        tasks.set_status(other, code, "已完成", progress=100)
    finally:
        other.close()
    assert win.look_for_others()
    _settle()
    assert next(t for t in page.model.tasks if t.code == code).status == "已完成"
    assert "最近一次修改" in win.statusBar().currentMessage()


def test_a_server_that_does_not_answer_is_told_without_freezing_the_window(server_window, monkeypatch):
    import threading

    from desktop_app.services import history

    win = server_window
    gui_thread = threading.get_ident()
    asked_on = []

    def away(db):
        asked_on.append(threading.get_ident())
        raise OSError("connection timed out")

    monkeypatch.setattr(history, "last_change", away)
    _settle()  # the look the window made as it came to the front
    assert win.look_for_others()
    _settle()
    assert asked_on and asked_on[0] != gui_thread
    assert win.statusBar().currentMessage() == "服务器没有响应。"
    assert win.look_for_others()  # and it looks again later


def _settle() -> None:
    """Let background work end and its answer reach the window."""
    from PySide6.QtCore import QCoreApplication

    wait_idle()
    for _ in range(20):
        QCoreApplication.processEvents()


def test_a_restore_onto_the_server_asks_for_the_word(server_window, prompter, tmp_path):
    win = server_window
    info = backup.create(win.db, tmp_path / "周五备份")
    code = _open_task(win.db).code
    before = next(t for t in tasks.list_tasks(win.db) if t.code == code).status
    tasks.set_status(win.db, code, "已完成", progress=100)

    prompter.texts = ["好的"]  # not the word: nothing happens
    assert win.restore_backup(info.path) is None
    assert "未恢复" in prompter.shown[-1].text
    assert next(t for t in tasks.list_tasks(win.db) if t.code == code).status == "已完成"

    prompter.texts = ["替换"]
    assert win.restore_backup(info.path) is not None
    wait_idle()
    from PySide6.QtCore import QCoreApplication

    for _ in range(20):
        QCoreApplication.processEvents()
    assert next(t for t in tasks.list_tasks(win.db) if t.code == code).status == before
    assert "已恢复到服务器" in prompter.shown[-1].text


def _fill(url: str, password: str, folder: str = "", *, inside: bool = False):
    from desktop_app.storage import address

    host, port, database, user = address.parts(url)

    def answer(dialog):
        dialog.host.setText(host)
        dialog.port.setValue(port)
        dialog.database.setText(database)
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.folder.setText(folder)
        if inside:
            dialog.keep_inside.setChecked(True)
            assert not dialog.folder.isEnabled()
        dialog.save()  # tries the server in the background, the buttons waiting
        assert dialog.trying and not dialog.ok_button.isEnabled()
        _settle()
        assert not dialog.trying and dialog.ok_button.isEnabled()
        return dialog.result() == dialog.DialogCode.Accepted

    return answer


def test_settings_move_this_pc_s_campaign_up_and_connect_another_pc(window, prompter, pg_cluster, tmp_path, qtbot):
    from desktop_app.storage import address

    page = window.show_page("settings")
    assert "本机" in page.database_label.text() and page.move_up_button.isVisibleTo(page)
    url = pg_cluster.clerk_database("办公室口令")

    prompter.dialog = _fill(url, "错的口令", str(tmp_path / "共享材料"))
    assert page.choose_server(moving=True) is None  # the server refused the login: nothing happens
    assert any("拒绝登录" in s.text for s in prompter.shown) and address.chosen(window.db.data_dir) is None

    prompter.dialog = _fill(url, "办公室口令", str(tmp_path / "共享材料"))
    assert page.choose_server(moving=True) is not None
    qtbot.waitUntil(lambda: address.chosen(window.db.data_dir) == url, timeout=60_000)
    qtbot.waitUntil(lambda: "逐行" in prompter.shown[-1].text, timeout=10_000)
    assert "下次" in page.database_label.text() or "服务器" in page.database_label.text()

    assert server_holds(url).startswith("昌都市")

    page.use_local_file()  # back to this PC's own file from the next start
    assert address.chosen(window.db.data_dir) is None
    prompter.dialog = _fill(url, "办公室口令")  # connecting needs no shared folder: the server knows it
    assert page.choose_server(moving=False) is not None
    qtbot.waitUntil(lambda: address.chosen(window.db.data_dir) == url, timeout=30_000)
    qtbot.waitUntil(lambda: "服务器" in prompter.shown[-1].text, timeout=10_000)


def server_holds(url: str) -> str:
    from desktop_app.services import server

    return server.probe(url).campaign  # the password comes from the pgpass file now


def test_settings_move_the_campaign_up_with_its_evidence_inside_the_database(window, prompter, pg_cluster, qtbot):
    from desktop_app.core import settings as spec
    from desktop_app.storage import address

    page = window.show_page("settings")
    url = pg_cluster.clerk_database("办公室口令")
    prompter.dialog = _fill(url, "办公室口令", inside=True)  # no shared folder named: none needed
    assert page.choose_server(moving=True) is not None
    qtbot.waitUntil(lambda: address.chosen(window.db.data_dir) == url, timeout=60_000)
    server = Database.open(window.db.data_dir / "另一台", url=url, create=True)
    try:
        assert settings.get(server, spec.STORE_KIND) == spec.IN_DATABASE
    finally:
        server.close()
