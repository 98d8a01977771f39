import pytest

from graph.settings import SETTINGS, load_settings


def test_defaults_env_and_overrides_in_that_order():
    assert load_settings(environ={})["port"] == 5000
    assert load_settings(environ={"OSCE_KG_PORT": "8080"})["port"] == 8080
    assert load_settings({"port": 9000}, environ={"OSCE_KG_PORT": "8080"})["port"] == 9000


def test_none_override_keeps_env_value():
    # CLI flags that were not given arrive as None and must not mask the environment
    assert load_settings({"port": None}, environ={"OSCE_KG_PORT": "8081"})["port"] == 8081


def test_unknown_override_is_refused():
    with pytest.raises(KeyError, match="nosuch"):
        load_settings({"nosuch": 1}, environ={})


def test_bad_env_value_names_the_variable():
    with pytest.raises(ValueError, match="OSCE_KG_QUERY_TIMEOUT"):
        load_settings(environ={"OSCE_KG_QUERY_TIMEOUT": "soon"})


def test_every_setting_has_help_and_a_typed_default():
    for s in SETTINGS:
        assert s.help.endswith("."), s.name
        assert s.env == "OSCE_KG_" + s.name.upper()
        assert isinstance(s.parse(str(s.default)), type(s.default)), s.name
