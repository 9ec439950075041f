int     main(void)
{
        return 0;       // done
}
// A    note
        int x;
