/* test_glossary.c — glossary notes (po_glossary.h): a term of the English
 * prose whose translation is missing gets a note; code and math are not
 * prose; a longer term hides the shorter ones inside it; plurals and case
 * do not matter; " / " alternatives pair in order. */
#include "../generator/check.h"

#include "po_glossary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *fixtures;

static sn_glossary *load(const char *name, char **err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/glossary/%s", fixtures, name);
    *err = NULL;
    return sn_glossary_load(path, err);
}

/* The note for a translation, "" when there is none. */
static char note_buf[1024];
static const char *accepting(const sn_glossary *g, const char *msgid, const char *msgstr,
                             const char *accepted)
{
    char *n = sn_glossary_check(g, msgid, msgstr, accepted);
    snprintf(note_buf, sizeof note_buf, "%s", n ? n : "");
    free(n);
    return note_buf;
}

static const char *note(const sn_glossary *g, const char *msgid, const char *msgstr)
{
    return accepting(g, msgid, msgstr, NULL);
}

int main(int argc, char **argv)
{
    if (argc != 2) return 2;
    fixtures = argv[1];
    char *err;
    sn_glossary *zh = load("zh.md", &err);
    CHECK(zh != NULL);

    CHECK_STR(note(zh, "The running mean of the batch.", "该批量的滑动均值。"), "");
    CHECK_STR(note(zh, "The running mean of the batch.", "该批量的移动平均。"),
              "“running mean” is “滑动均值”");
    /* Batch Normalization is one term: 批量 alone does not satisfy it */
    CHECK_STR(note(zh, "Batch Normalization keeps a running mean.", "批量规范化保留滑动均值。"),
              "“batch normalization” is “批量归一化”");
    /* plurals; a one-word term is noted only when the translation uses a
     * word its row rejects (the notes column quotes it with a negation):
     * one English word has many senses */
    CHECK_STR(note(zh, "The gradients of each row.", "各列的导数。"), "“gradient” is “梯度”");
    CHECK_STR(note(zh, "Each column.", "每一行。"), "");
    /* either English alternative asks for the one translation */
    CHECK_STR(note(zh, "The running estimates move.", "滑动统计量在变化。"), "");
    CHECK_STR(note(zh, "The running estimates move.", "估计值在变化。"),
              "“running estimates” is “滑动统计量”");
    /* code, math and link targets are not prose; words inside words do not count */
    CHECK_STR(note(zh, "Writes `mean` and $\\text{mean}$ to [x](mean.html).", "写入 `mean` 和 $\\text{mean}$ 到 [x](mean.html)。"), "");
    CHECK_STR(note(zh, "Meaningful batches.", "有意义的。"), "");
    CHECK_STR(note(zh, "Meaningful means.", "有意义的平均。"), "“mean” is “均值”");
    /* a parenthesis in the table leaves a normal term behind */
    CHECK_STR(note(zh, "A fully connected layer.", "一个稠密层。"),
              "“fully connected layer” is “全连接层”");
    CHECK_STR(note(zh, "The epsilon term.", "小常数项。"), "");
    /* issue 12: emphasis inside a term, on either side */
    CHECK_STR(note(zh, "The running **mean** of the batch.", "该批量的**滑动**均值。"), "");
    /* a verb, an idiom, an article after the word: not the term */
    CHECK_STR(note(zh, "A mismatch means the file is damaged.", "不一致说明文件已损坏。"), "");
    CHECK_STR(note(zh, "Extra bytes mean the header is wrong.", "多余字节说明文件头有误。"), "");
    /* the English kept in the translation (a shape, a cited title) */
    CHECK_STR(note(zh, "`x`: (rows, D).", "`x`：(rows, D)。"), "");
    CHECK_STR(note(zh, "Ioffe, *Batch Normalization*, 2015.", "Ioffe, *Batch Normalization*, 2015。"), "");
    /* ... but a real stray is still noted, and a translator comment
     * "glossary: TERM" accepts it */
    CHECK_STR(note(zh, "The mean of each row.", "每行的平均。"), "“mean” is “均值”");
    CHECK_STR(accepting(zh, "The mean of each row.", "每行的平均。", " mean"), "");
    CHECK_STR(accepting(zh, "The mean of each row.", "每一列的平均。", "row, mean"), "");
    CHECK_STR(accepting(zh, "The mean of each row.", "每一列的平均。", "*"), "");
    sn_glossary_free(zh);

    sn_glossary *ko = load("ko.md", &err);
    CHECK(ko != NULL);
    /* Korean predicates conjugate: the stem matches */
    CHECK_STR(note(ko, "It is numerically stable.", "이 방법은 수치적으로 안정합니다."), "");
    CHECK_STR(note(ko, "It is numerically stable.", "이 방법은 정확합니다."),
              "“numerically stable” is “수치적으로 안정한”");
    /* the translation side in any case */
    CHECK_STR(note(ko, "A ReLU layer.", "relu 층."), "");
    /* a sense restricted in words is not checked; "for example" is no example */
    CHECK_STR(note(ko, "Each step above returns 0.", "위의 각 단계는 0을 반환합니다."), "");
    CHECK_STR(note(ko, "For example, a row.", "예를 들어 한 행."), "");
    CHECK_STR(note(ko, "One example per row.", "행마다 예 하나."), "“example” is “샘플”");
    CHECK_STR(note(ko, "One example per row.", "행마다 보기 하나."), "");
    sn_glossary_free(ko);

    sn_glossary *ja = load("ja.md", &err);
    CHECK(ja != NULL);
    /* レイヤー正規化 contains no 層, and needs none */
    CHECK_STR(note(ja, "Layer normalization, layer by layer.", "レイヤー正規化を層ごとに。"), "");
    CHECK_STR(note(ja, "Layer normalization, layer by layer.", "レイヤー正規化を一つずつ。"), "");
    /* a particle inside a term: バッチの統計量 is バッチ統計量 */
    CHECK_STR(note(ja, "The batch statistics.", "バッチの統計量。"), "");
    CHECK_STR(note(ja, "The batch statistics.", "統計量。"), "“batch statistics” is “バッチ統計量”");
    sn_glossary_free(ja);

    /* a language without a glossary has no notes; a glossary without a
     * table is an error */
    sn_glossary *none = load("no-such.md", &err);
    CHECK(none != NULL && err == NULL);
    CHECK_STR(note(none, "The running mean.", "x"), "");
    sn_glossary_free(none);
    CHECK(load("bad.md", &err) == NULL);
    CHECK(err && strstr(err, "bad.md: error: no glossary table"));
    free(err);
    return check_failures ? 1 : 0;
}
