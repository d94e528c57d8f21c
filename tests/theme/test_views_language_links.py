"""The language switcher builds links to this site only, whatever path was asked for."""

import re

import pytest


@pytest.mark.parametrize(
    "path", ["//evil.example/", "///evil.example/x", "/\\evil.example/", "//evil.example/?a=1"]
)
def test_language_links_never_leave_the_site(client, catalogue, path):
    # The test client would read "//host/" as a host: hand the raw path to the server as is.
    raw_path, _, query = path.partition("?")
    response = client.get("/", PATH_INFO=raw_path, QUERY_STRING=query)
    html = response.content.decode()
    links = re.findall(r'<a href="([^"]*)" lang="', html)
    assert len(links) == 3, html  # one per language
    for href in links:
        assert href.startswith("/"), href
        assert not href.startswith(("//", "/\\")), href


def test_language_links_keep_a_normal_path(client, catalogue):
    response = client.get("/no-such-page/?q=1")
    links = re.findall(r'<a href="([^"]*)" lang="', response.content.decode())
    assert "/de/no-such-page/?q=1" in links
