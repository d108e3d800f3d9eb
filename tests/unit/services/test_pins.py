from trainer.services.pins import check_pin, hash_pin, valid_pin


def test_pin_is_hashed_and_checked():
    stored = hash_pin("4821")
    assert "4821" not in stored
    assert check_pin("4821", stored)
    assert not check_pin("4822", stored)
    assert not check_pin("4821", "garbage")


def test_pin_format():
    assert valid_pin("1234") and valid_pin("123456")
    assert not valid_pin("123") and not valid_pin("1234567") and not valid_pin("12a4")
