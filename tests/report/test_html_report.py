from parallax.report.html_report import render_html_report

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:x">y</a>'


def test_article_content_is_escaped() -> None:
    data = {
        "report_version": "0.1",
        "generator": "parallax test",
        "ingest_errors": [{"source": HOSTILE, "reason": HOSTILE}],
        "articles": [
            {
                "id": "abc", "title": HOSTILE, "outlet": HOSTILE, "language": "en",
                "published": None, "flags": [HOSTILE],
                "removed": [{"rule": "chrome", "text": HOSTILE}],
                "sentences": [{"text": HOSTILE, "start": 0, "end": 1}],
            }
        ],
    }
    data["stories"] = [{
        "id": "s-1", "label": HOSTILE, "articles": [{"id": "abc", "outlet": HOSTILE,
                                                     "language": "en"}],
        "claim_groups": [{"grade": "unattributed", "reasons": [HOSTILE],
                          "claims": [{"article_id": "abc", "text": HOSTILE, "speaker": HOSTILE}]}],
    }]
    page = render_html_report(data)
    assert "<script>" not in page and "<img" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;" in page
    assert "default-src 'none'" in page  # no external assets, nothing runs
