// Русские сообщения по стабильным кодам ошибок ядра (параметры: см. en.js).

const NAME = { iin: 'ИИН', bin: 'БИН', base: 'ИИН' }

export default {
  quote: (c) => `«${c}»`,
  empty: (p) => (p.kind === 'base' ? 'Введите первые 11 цифр ИИН' : `Введите ${NAME[p.kind]}`),
  length: (p) => {
    const need = p.kind === 'base' ? 'Нужно 11 цифр' : `${NAME[p.kind]} должен состоять из 12 цифр`
    return p.found == null ? `${need}, а введено намного больше` : `${need}, а введено: ${p.found}`
  },
  invalid_character: (p) =>
    `${NAME[p.kind]} может содержать только цифры: уберите символ ${p.char} (позиция ${p.position})`,
  checksum: (p) =>
    `${NAME[p.kind]} указан с ошибкой: контрольный разряд не совпадает. Проверьте каждую цифру`,
  unissuable: (p) => `${NAME[p.kind]} не может начинаться с этих 11 цифр. Проверьте каждую цифру`,
  not_a_string: (p) => `${NAME[p.kind]} нужно передать в виде текста`,
}
