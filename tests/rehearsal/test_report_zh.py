"""A Chinese rehearsal: lines aligned character by character (as the prompter tokenizes Chinese),
a skipped line, and an ad-lib with a medical claim that makes the CN market a no-go."""

from __future__ import annotations

import pytest

from studio.compliance.checker import Checker
from studio.rehearsal.report import build_report
from studio.show import parse_show

from .captions import pass_result, sequence

SHOW = """# 秋季唇彩直播
markets: CN
language: zh

## Products
| sku | name | price |
|---|---|---|
| LIP-RUBY | 丝绒哑光口红, 宝石红 | 99 CNY |

## Segment: 开场 (2m)
大家好，欢迎来到秋季唇彩直播！
今晚我们有四款新品，还有专属优惠。

## Segment: 宝石红 (5m)
product: LIP-RUBY
这是宝石红，深红色，柔雾哑光质地。
一笔就能上色，持久舒适。
点击下方橙色购物车加入购物篮。
"""

READING = (
    "大家 好 欢迎 来到 秋季 唇彩 直播",
    "今晚 我们 有 四款 新品 还有 专属 优惠",
    "这是 宝石红 深红色 柔雾 哑光 质地",                 # skips 一笔就能上色
    "说真的 这款 宝石红 能 治愈 唇疱疹",                  # the ad-lib: 宝石红 alone does not make it a line
    "点击 下方 橙色 购物车 加入 购物篮",
)


def test_a_chinese_reading_is_aligned_and_judged():
    show = parse_show(SHOW)
    finals = sequence(*READING, lang="zh")
    data = build_report(show, pass_result(finals), Checker(["CN"]), "zh.wav")
    status = [[line["status"] for line in seg["lines"]] for seg in data["segments"]]
    assert status == [["read", "read"], ["read", "skipped", "read"]]
    assert [a["text"] for a in data["adlibs"]] == ["说真的这款宝石红能治愈唇疱疹"]
    claim = next(f for f in data["findings"] if f["source"] == "said" and "治愈" in f["matched"])
    assert claim["severity"] == "block" and claim["adlib"] and claim["market"] == "CN"
    assert claim["at"] == pytest.approx(finals[3].words[4][1], abs=0.01)   # at 治愈
    assert data["markets"]["CN"]["go"] is False
    assert data["terms"]["by_term"]["宝石红"] == {"said": 1, "heard": 1}
