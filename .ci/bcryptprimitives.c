/* A stand-in for Windows' bcryptprimitives.dll, for running letopis.exe
 * and its tests under Wine 8 in CI. Rust's standard library takes its
 * random numbers from ProcessPrng, which Windows 10 has and Wine 8 does
 * not; this exports it over SystemFunction036 (RtlGenRandom), which Wine
 * has. Built by .ci/run with mingw; never committed as a binary, never
 * shipped: real Windows has its own. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
