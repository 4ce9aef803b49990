"""Run as a subprocess by test_durability: logs sales in bursts and prints each id once
log_sale has returned (the acknowledgement), flushing stdout at once.

    python burst_logger.py DB_PATH SKU
"""

import sys
import time

from studio.sales import SaleInput, SalesLog


def main() -> None:
    path, sku = sys.argv[1], sys.argv[2]
    log = SalesLog.open(path, origin=f"burst-{sku}")
    session_id = log.session().session_id
    while True:
        for _ in range(25):   # a burst: an assistant hammering the key after a flash offer
            sale = log.log_sale(SaleInput(sku=sku), session_id)
            print(sale.sale_id, flush=True)
        time.sleep(0.01)


if __name__ == "__main__":
    main()
