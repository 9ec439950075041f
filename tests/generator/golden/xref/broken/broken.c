// # A file clang cannot parse
//
// It still renders, without links.
int broken(void)
{
    return undeclared_name + 1;
}
