"""The shared page shapes: a file made on request sent as a download."""


def test_a_file_made_on_request_is_an_attachment_whatever_its_name_holds():
    from assure.core.pages import bytes_download

    response = bytes_download(b"%PDF-1.7", 'Police "annual" report\u2019s, 2025.pdf', "application/pdf")
    assert response.content == b"%PDF-1.7" and response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and "filename*=utf-8''" in disposition  # the accent kept, quoted
    assert '"annual"' not in disposition  # a quote in the name cannot end the header's value
    assert response["X-Content-Type-Options"] == "nosniff" and not response.has_header("Cache-Control")
    assert bytes_download(b"x", "links.csv", "text/csv", keep=False)["Cache-Control"] == "no-store"
