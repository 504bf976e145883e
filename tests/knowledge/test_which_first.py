import pytest


@pytest.mark.parametrize(
    ("question", "paragraphs"),
    [
        ("内蒙古和青海谁先出的文件？", [22, 23]),  # 5月25日 before 6月9日
        ("青海和内蒙古哪个早？", [22, 23]),  # the order asked in is not the answer's
        ("青海和云南谁先动的手？", [23, 24]),
        ("What came first, Qinghai's notice or Yunnan's cleanup confirmation?", [23, 24]),
        ("四川和云南的截止日期谁更早？", [2, 24]),  # deadlines compared: 6月20日前, 6月底
        ("Whose deadline is earlier, Yunnan or Sichuan?", [2, 24]),
        ("云南、青海和内蒙古谁最早出手？", [22, 23, 24]),  # three places, the earliest first
        ("Which acted earliest: Yunnan, Qinghai or Inner Mongolia?", [22, 23, 24]),
    ],
)
def test_which_of_the_places_came_first_shows_each_dated_passage_earliest_first(
    retriever, question, paragraphs
):
    answers = retriever.search(question).answers
    assert [a.source.paragraph for a in answers] == paragraphs
