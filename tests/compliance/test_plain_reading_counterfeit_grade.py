"""A grade names a quality class ("cili gred A", "ไข่ไก่เกรดเอ") and takes back a classifier's superlative or
disparagement, but a grade of a fake ("ก๊อปเกรดเอ", "KW grade A", "hàng nhái loại 1", "高仿A级") is a counterfeit's
tier: calling a rival's goods that still runs the rival down (held-out set 29, th)."""

from __future__ import annotations

import pytest

from studio.compliance.plain_readings import takes_back


@pytest.mark.parametrize("line", [
    "ร้านข้างๆ ขายเครื่องช่วยฟังปลอม ก๊อปเกรดเอ ใส่แล้วหูพังนะคะ",
    "Toko sebelah jual barang KW grade A, cepat rusak",
    "Bên kia bán hàng nhái loại 1 thôi, đeo vài bữa là hư",
    "隔壁卖的都是高仿A级货，用两天就坏",
    "The shop next door sells grade A replicas, they break in a week",
    "Esa tienda vende réplicas grado A que se rompen en una semana",
    "옆 가게는 A급 짝퉁 팔아요",
])
def test_a_grade_of_a_fake_keeps_the_disparagement(line):
    assert not takes_back("disparagement", line)


@pytest.mark.parametrize("line", [
    "ไข่ไก่เกรดเอ สดทุกวันค่ะ",
    "Sambal ni guna cili gred A dari Cameron Highlands",
    "1등급 생두만 골라서 로스팅한 원두예요",
    "Grade A eggs from a farm in Kent, laid this week",
])
def test_a_plain_grade_still_takes_the_reading_back(line):
    assert takes_back("disparagement", line) and takes_back("absolute_superlative", line)
