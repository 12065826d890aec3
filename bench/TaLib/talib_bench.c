/* Times TA-Lib's C functions over the series the .NET benchmarks use, for scripts/bench-talib.
 * Input: the file `Indicators.Benchmarks write-series` writes (int64 count, then count highs, lows, closes as
 * little-endian doubles). Output: one line per indicator, "<name> <median ns per candle>". Outputs are allocated
 * once and reused (warm pages), as the .NET span benchmarks reuse the caller's buffers. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include "ta_libc.h"

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int compare(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int n;
static double *high, *low, *close_, *out1, *out2, *out3;
static volatile double sink;

#define MEASURE(NAME, CALL)                                                                  \
    do {                                                                                     \
        double times[RUNS];                                                                  \
        int begin, count;                                                                    \
        for (int r = 0; r < WARMUP + RUNS; r++) {                                            \
            double start = now_ns();                                                         \
            TA_RetCode rc = CALL;                                                            \
            double elapsed = now_ns() - start;                                               \
            if (rc != TA_SUCCESS) { fprintf(stderr, "%s failed: %d\n", NAME, rc); exit(1); } \
            sink += out1[count - 1];                                                         \
            if (r >= WARMUP) times[r - WARMUP] = elapsed;                                    \
        }                                                                                    \
        qsort(times, RUNS, sizeof times[0], compare);                                        \
        printf("%s %.3f\n", NAME, times[RUNS / 2] / n);                                      \
        fflush(stdout);                                                                      \
    } while (0)

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: talib_bench <series file> [runs]\n"); return 2; }
    int RUNS = argc > 2 ? atoi(argv[2]) : 15;
    const int WARMUP = 3;
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    int64_t count64;
    if (fread(&count64, sizeof count64, 1, f) != 1) { fprintf(stderr, "%s: no count\n", argv[1]); return 2; }
    n = (int)count64;
    high = malloc(n * sizeof *high); low = malloc(n * sizeof *low); close_ = malloc(n * sizeof *close_);
    out1 = malloc(n * sizeof *out1); out2 = malloc(n * sizeof *out2); out3 = malloc(n * sizeof *out3);
    if (fread(high, sizeof *high, n, f) != (size_t)n || fread(low, sizeof *low, n, f) != (size_t)n
        || fread(close_, sizeof *close_, n, f) != (size_t)n) { fprintf(stderr, "%s: short file\n", argv[1]); return 2; }
    fclose(f);
    if (TA_Initialize() != TA_SUCCESS) { fprintf(stderr, "TA_Initialize failed\n"); return 1; }
    int last = n - 1;

    MEASURE("EMA(20)", TA_EMA(0, last, close_, 20, &begin, &count, out1));
    MEASURE("RSI(14)", TA_RSI(0, last, close_, 14, &begin, &count, out1));
    MEASURE("ATR(14)", TA_ATR(0, last, high, low, close_, 14, &begin, &count, out1));
    MEASURE("ADX(14)", TA_ADX(0, last, high, low, close_, 14, &begin, &count, out1));
    MEASURE("STOCH(14,3,3)", TA_STOCH(0, last, high, low, close_, 14, 3, TA_MAType_SMA, 3, TA_MAType_SMA, &begin, &count, out1, out2));
    MEASURE("CCI(20)", TA_CCI(0, last, high, low, close_, 20, &begin, &count, out1));
    MEASURE("MACD(12,26,9)", TA_MACD(0, last, close_, 12, 26, 9, &begin, &count, out1, out2, out3));
    MEASURE("BBANDS(20,2)", TA_BBANDS(0, last, close_, 20, 2.0, 2.0, TA_MAType_SMA, &begin, &count, out1, out2, out3));

    TA_Shutdown();
    return sink == 12345.678 ? 3 : 0;
}
