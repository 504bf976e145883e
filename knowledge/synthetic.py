"""Synthetic posts for benchmarks: Hexo posts in the seed's format, each holding one unique fact.

Post i names a project no other post names (two words from fixed pools, e.g. 青岚星河工程) and
states its investment and deadline; filler paragraphs share the rest of the vocabulary, so the
right post must be found among many similar ones. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

FIRST = [
    "青岚",
    "云杉",
    "赤霞",
    "白鹭",
    "金穗",
    "玄武",
    "朱雀",
    "苍梧",
    "碧波",
    "紫荆",
    "银杏",
    "丹枫",
    "墨竹",
    "雪松",
    "晴川",
    "远山",
    "星火",
    "海棠",
    "清泉",
    "明月",
    "长风",
    "秋水",
    "春晖",
    "松涛",
    "鹿鸣",
    "鸿雁",
    "飞燕",
    "锦鲤",
    "蓝鲸",
    "白桦",
    "红杉",
    "翠柏",
    "金桂",
    "玉兰",
    "碧桃",
    "青松",
    "绿洲",
    "晨曦",
    "暮雪",
    "霞光",
    "极光",
    "流云",
    "逐日",
    "揽月",
    "凌霄",
    "惊鸿",
    "泰和",
    "安澜",
    "永宁",
    "嘉禾",
    "丰泽",
    "瑞雪",
    "祥云",
    "华岳",
    "天枢",
    "北辰",
    "南溟",
    "东篱",
    "西岭",
    "中和",
]
SECOND = [
    "星河",
    "海港",
    "长廊",
    "新城",
    "智谷",
    "天桥",
    "云港",
    "江湾",
    "湖畔",
    "山海",
    "光谷",
    "数港",
    "绿廊",
    "金湾",
    "银滩",
    "玉带",
    "锦城",
    "雁塔",
    "龙门",
    "凤栖",
    "麒麟",
    "鲲鹏",
    "飞虹",
    "霓虹",
    "长虹",
    "彩虹",
    "晴岚",
    "翠湖",
    "碧海",
    "丹霞",
    "紫金",
    "白云",
    "青山",
    "黛山",
    "苍山",
    "秀水",
    "清溪",
    "明湖",
    "长堤",
    "新港",
    "东港",
    "西港",
    "南港",
    "北港",
    "中枢",
    "环岛",
    "跨海",
    "穿山",
    "越江",
    "通衢",
    "广厦",
    "高台",
    "层楼",
    "石桥",
    "铁塔",
    "钢城",
    "电谷",
    "芯城",
    "车谷",
]
KINDS = ("工程", "项目", "枢纽", "基地")
MAX_POSTS = len(FIRST) * len(SECOND) * len(KINDS)
PLACES = [
    "成都",
    "重庆",
    "武汉",
    "西安",
    "杭州",
    "南京",
    "苏州",
    "合肥",
    "长沙",
    "郑州",
    "济南",
    "青岛",
    "厦门",
    "昆明",
    "贵阳",
]
ORGS = (
    "市发展和改革委员会",
    "省交通运输厅",
    "市住房和城乡建设局",
    "省能源局",
    "市科技局",
    "省工业和信息化厅",
    "市生态环境局",
    "省水利厅",
)
FILLER = (
    "{place}{org}表示，相关工作正在有序推进，各方将加强协调配合。",
    "据了解，{place}今年以来已开工重点项目{count}个，完成投资{money}亿元。",
    "业内人士认为，此类项目有助于带动上下游产业发展，提升区域竞争力。",
    "{place}方面称，将严格落实安全生产责任，确保工程质量。",
    "数据显示，{month}月份{place}固定资产投资同比增长{rate}%。",
    "专家指出，基础设施建设仍是稳增长的重要抓手，需要统筹发展和安全。",
    "{org}要求，各单位要在{month}月{day}日前报送进展情况。",
    "项目建成后，预计每年可带动就业约{count}人，新增产值{money}亿元。",
)
BASE_DATE = datetime(2022, 3, 1, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class UniqueFact:
    """The fact only post ``index`` holds, and two questions about it."""

    index: int
    project: str
    investment: str
    deadline: str

    def questions(self) -> list[tuple[str, str]]:
        """(question, text the answer must contain) pairs."""
        return [
            (f"{self.project}总投资多少？", self.investment),
            (f"{self.project}什么时候完工？", self.deadline),
        ]


def project_name(index: int) -> str:
    """The unique project name of post ``index`` (unique below ``MAX_POSTS``)."""
    first = FIRST[index % len(FIRST)]
    second = SECOND[(index // len(FIRST)) % len(SECOND)]
    kind = KINDS[index // (len(FIRST) * len(SECOND))]
    return f"{first}{second}{kind}"


def synthetic_post(index: int, rng: random.Random) -> tuple[str, UniqueFact]:
    """Return the text of post ``index`` and its unique fact."""
    project = project_name(index)
    place = rng.choice(PLACES)
    org = rng.choice(ORGS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    investment = f"{rng.randint(11, 999)}.{rng.randint(1, 9)}亿元"
    deadline = f"{month}月{day}日前"
    fact = UniqueFact(index, project, investment, deadline)
    published = BASE_DATE + timedelta(hours=index)
    paragraphs = [
        f"{place}{project}由{org}牵头建设，总投资{investment}，计划于{deadline}完工。",
        *(
            rng.choice(FILLER).format(
                place=rng.choice(PLACES),
                org=rng.choice(ORGS),
                count=rng.randint(2, 90),
                money=rng.randint(2, 500),
                month=rng.randint(1, 12),
                day=rng.randint(1, 28),
                rate=rng.randint(1, 30),
            )
            for _ in range(rng.randint(5, 9))
        ),
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    text = (
        "\n---\n"
        f"title: '{place}{project}最新进展'\n"
        "categories: \n - 新媒体\n - 合成\n - 基准\n"
        "author: 合成新闻\n"
        "comments: false\n"
        f"date: {format_datetime(published, usegmt=True)}\n"
        "---\n\n"
        f"<div>   \n{body}   \n</div>"
    )
    return text, fact


def write_corpus(folder: Path, posts: int, seed: int = 7) -> list[UniqueFact]:
    """Write ``posts`` synthetic posts and ``questions.jsonl`` into ``folder``; return the facts."""
    if not 1 <= posts <= MAX_POSTS:
        raise ValueError(f"posts must be between 1 and {MAX_POSTS}")
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    facts = []
    for index in range(posts):
        text, fact = synthetic_post(index, rng)
        (folder / f"post-{index:05d}.md").write_text(text, encoding="utf-8")
        facts.append(fact)
    with (folder / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for fact in facts:
            for question, expect in fact.questions():
                row = {
                    "question": question,
                    "category": "unique_fact",
                    "split": "bench",
                    "expect": [expect],
                    "post": f"post-{fact.index:05d}.md",
                }
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return facts
