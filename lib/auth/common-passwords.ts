/**
 * Passwords refused however long they are: the most common entries of public
 * breach lists (SecLists "10k most common", NCSC top 100) that are at least 8
 * characters, since shorter ones fail the length rule anyway. Compared
 * case-insensitively.
 */
const list = `password password1 password123 password12 passw0rd p@ssw0rd p@ssword 12345678 123456789
1234567890 12345678910 123123123 11111111 00000000 88888888 87654321 qwertyuiop qwerty123 qwerty12
1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx qazwsxedc iloveyou iloveyou1 sunshine princess football
baseball welcome welcome1 welcome123 abc12345 abcd1234 admin123 administrator letmein1 trustno1
superman batman123 whatever starwars computer internet michael1 jennifer charlie1 dragon123
monkey123 master123 shadow123 qwertyui asdfghjk asdfghjkl zxcvbnm1 zxcvbnmm 1234qwer q1w2e3r4
q1w2e3r4t5 changeme changeme1 secret123 football1 mustang1 freedom1 liverpool chelsea1 arsenal1
passport michelle jordan23 hunter22 hello123 test1234 testtest pass1234 default1 parley123
parleyparley 1qaz2wsx3edc 123qweasd qweasdzxc 123qwe123 a1b2c3d4 aaaaaaaa abcdefgh 987654321
iloveyou2 samsung1 google123 linkedin facebook1 instagram 666666666 999999999 555555555 121212121
`;

export const commonPasswords: ReadonlySet<string> = new Set(list.split(/\s+/).filter(Boolean));

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.trim().toLowerCase());
}
