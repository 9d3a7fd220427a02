from parallax.model import Hints, IngestError, SourceItem
from parallax.pipeline import Doc, Pipeline, Rejected, default_pipeline


def test_components_run_in_order_and_can_be_timed() -> None:
    seen: list[str] = []

    def first(doc: Doc) -> Doc:
        seen.append("first")
        doc.text = "a"
        return doc

    def second(doc: Doc) -> Doc:
        seen.append("second")
        doc.text += "b"
        return doc

    pipeline = Pipeline([("first", first), ("second", second)], timed=True)
    doc = pipeline(Doc(item=SourceItem("x", "", "text")))
    assert doc.text == "ab" and seen == ["first", "second"]
    assert pipeline.timings is not None and set(pipeline.timings) == {"first", "second"}


def test_rejection_and_crash_become_per_item_errors() -> None:
    def reject(doc: Doc) -> Doc:
        raise Rejected("not an article")

    def crash(doc: Doc) -> Doc:
        raise ValueError("boom")

    item = SourceItem("x.txt", "text", "text")
    assert Pipeline([("r", reject)]).process(item) == IngestError("x.txt", "not an article")
    error = Pipeline([("c", crash)]).process(item)
    assert isinstance(error, IngestError) and "ValueError: boom" in error.reason


def test_default_pipeline_stages() -> None:
    assert default_pipeline().names == [
        "decode", "html", "text", "boilerplate", "outlet", "dates", "stubs", "language",
        "sentences",
        "extract", "framing",
    ]


def test_article_id_is_a_hash_of_the_cleaned_text() -> None:
    pipeline = default_pipeline()
    text = "Titel\n\nDe regering heeft dinsdag nieuwe maatregelen aangekondigd."
    a = pipeline.process(SourceItem("a.txt", text, "text"))
    b = pipeline.process(SourceItem("b.txt", text + "\n\nLees meer\n", "text", Hints()))
    assert not isinstance(a, IngestError) and not isinstance(b, IngestError)
    assert a.id == b.id
